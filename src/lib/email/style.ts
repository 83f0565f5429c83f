/**
 * The email edition's look, in values mail clients understand: literal colours
 * (no custom properties), web-safe font stacks (no web fonts) and class rules
 * that juice copies onto each element's style attribute.
 *
 * The colours are the site's light theme. They are dark text on white with
 * mid-tone accents, which stay readable when Gmail or Outlook invert them for
 * dark mode; Apple Mail, which honours prefers-color-scheme, gets a dark
 * palette of its own from the one rule block that stays in <head>.
 */
export const EMAIL_COLOURS = {
  background: '#ffffff',
  canvas: '#f3f1eb',
  text: '#1d2329',
  muted: '#56606b',
  link: '#0a5a8c',
  accent: '#0b5d70',
  accentSoft: '#e3f0f2',
  border: '#d8d3c8',
} as const;

/** Body text size in CSS pixels; formulas are drawn to match it. */
export const EMAIL_TEXT_PX = 17;
/** The column's width: 600 px is what every client shows without scaling. */
export const EMAIL_WIDTH = 600;
export const EMAIL_GUTTER = 24;
/** The widest content an image may have in CSS pixels (it is drawn at 2×, so at most 1,200 px). */
export const EMAIL_CONTENT_WIDTH = EMAIL_WIDTH - 2 * EMAIL_GUTTER;

const c = EMAIL_COLOURS;
const serif = "Georgia, 'Times New Roman', serif";
const sans = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/** Rules juice inlines. Only simple selectors, so the result does not depend on a client's CSS support. */
export const EMAIL_CSS = `
body { margin: 0; padding: 0; background-color: ${c.canvas}; color: ${c.text}; }
.canvas { background-color: ${c.canvas}; }
.column { width: 100%; max-width: ${EMAIL_WIDTH}px; table-layout: fixed; background-color: ${c.background}; }
.cell { padding: 0 ${EMAIL_GUTTER}px; font-family: ${serif}; font-size: ${EMAIL_TEXT_PX}px; line-height: 1.6; color: ${c.text}; }
.masthead { padding: 24px ${EMAIL_GUTTER}px 8px; font-family: ${sans}; font-size: 14px; color: ${c.muted}; }
.masthead a { color: ${c.accent}; font-weight: bold; text-decoration: none; }
.title { margin: 0 0 8px; font-family: ${sans}; font-size: 28px; line-height: 1.25; color: ${c.text}; }
.meta { margin: 0 0 16px; font-family: ${sans}; font-size: 14px; color: ${c.muted}; }
.meta a { color: ${c.link}; }
h2 { margin: 28px 0 8px; font-family: ${sans}; font-size: 21px; line-height: 1.3; color: ${c.text}; }
h3 { margin: 24px 0 8px; font-family: ${sans}; font-size: 18px; line-height: 1.3; color: ${c.text}; }
p { margin: 0 0 16px; }
ul, ol { margin: 0 0 16px; padding-left: 24px; }
li { margin: 0 0 6px; }
a { color: ${c.link}; text-decoration: underline; }
blockquote { margin: 0 0 16px; padding: 4px 0 4px 16px; border-left: 4px solid ${c.border}; color: ${c.muted}; }
.epigraph { margin: 8px 0 20px; font-style: italic; }
.epigraph-author { font-style: normal; font-family: ${sans}; font-size: 14px; }
.display-math { margin: 0 0 16px; text-align: center; }
.display-math img { max-width: 100%; height: auto; }
img { border: 0; text-decoration: none; }
.figure { margin: 0 0 20px; }
.figure img { width: 100%; max-width: ${EMAIL_CONTENT_WIDTH}px; height: auto; border: 1px solid ${c.border}; }
.figure-caption { margin: 8px 0 0; font-family: ${sans}; font-size: 14px; line-height: 1.5; color: ${c.muted}; }
.key-points { margin: 24px 0; padding: 12px 16px 2px; border: 1px solid ${c.border}; border-left: 4px solid ${c.accent}; background-color: ${c.accentSoft}; }
.key-points h2 { margin: 0 0 8px; font-size: 15px; text-transform: uppercase; letter-spacing: 1px; color: ${c.accent}; }
/* Outlook for Windows ignores overflow, but it is a desktop client: the table has its full 552 px there. */
.table-scroll { overflow-x: auto; margin: 0 0 16px; }
table.data { border-collapse: collapse; margin: 0 0 16px; font-family: ${sans}; font-size: 14px; }
table.data th, table.data td { border: 1px solid ${c.border}; padding: 6px 8px; text-align: left; vertical-align: top; }
table.data caption { font-size: 14px; color: ${c.muted}; padding-bottom: 4px; text-align: left; }
pre { margin: 0 0 16px; padding: 12px; background-color: ${c.canvas}; font-family: Menlo, Consolas, monospace; font-size: 13px; white-space: pre-wrap; }
code { font-family: Menlo, Consolas, monospace; font-size: 15px; }
.quiz li { margin-bottom: 12px; }
.quiz-options { margin: 6px 0 0; padding-left: 20px; list-style-type: upper-alpha; }
.subscribe-note { font-family: ${sans}; font-size: 14px; color: ${c.muted}; }
.footer { padding: 20px ${EMAIL_GUTTER}px 28px; font-family: ${sans}; font-size: 13px; line-height: 1.5; color: ${c.muted}; border-top: 1px solid ${c.border}; }
.footer a { color: ${c.muted}; }
.footer p { margin: 0 0 8px; }
`;

/** Kept in <head> by juice (media queries cannot be inlined): Apple Mail's dark mode, and narrow screens. */
export const EMAIL_HEAD_CSS = `
@media (prefers-color-scheme: dark) {
  .canvas, body { background-color: #0d1116 !important; }
  .column { background-color: #1a2129 !important; }
  .cell, .title, h2, h3 { color: #e4e7ea !important; }
  .masthead, .meta, .figure-caption, .footer, .footer a { color: #a6b0ba !important; }
  a, .meta a { color: #8cc8f2 !important; }
  .key-points { background-color: #1b3a42 !important; }
  /* Formulas are dark ink on opaque white, which Gmail and Outlook leave alone; here they would be white
     chips. Inverted, then screened onto the column, the white drops out and the ink turns light. */
  img.math { filter: invert(1); mix-blend-mode: screen; }
}
@media (max-width: 480px) {
  .cell, .masthead, .footer { padding-left: 16px !important; padding-right: 16px !important; }
  .title { font-size: 24px !important; }
  table.data th, table.data td { padding: 4px 5px !important; font-size: 13px !important; }
}
`;
