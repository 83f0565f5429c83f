/**
 * The whole email around an issue's body: a 600 px column of presentation
 * tables (the one layout every client, Outlook for Windows included, lays out
 * the same), a masthead and a footer with the list service's placeholders.
 * juice then copies every rule onto the elements' style attributes.
 */
import juice from 'juice';
import { escapeHtml } from '../util/escape-html';
import { EMAIL_CSS, EMAIL_HEAD_CSS, EMAIL_WIDTH } from './style';

export interface EmailIssue {
  /** "Conundra #1": the series name and the issue's number. */
  label: string;
  title: string;
  description: string;
  /** The date as readers see it, e.g. "23 November 2026". */
  date: string;
  pageUrl: string;
  homeUrl: string;
  quiz: { question: string; options: string[] }[];
}

export interface EmailFooter {
  siteName: string;
  unsubscribeUrl: string;
  manageUrl: string;
  postalAddress: string;
}

function quizHtml(issue: EmailIssue): string {
  if (issue.quiz.length === 0) return '';
  const questions = issue.quiz
    .map(
      (q) =>
        `<li>${escapeHtml(q.question)}<ol class="quiz-options" type="A">${q.options.map((o) => `<li>${escapeHtml(o)}</li>`).join('')}</ol></li>`,
    )
    .join('');
  return (
    `<h2>Check your understanding</h2><ol class="quiz">${questions}</ol>` +
    `<p><a href="${escapeHtml(issue.pageUrl)}#quiz-title">Answer the questions on the site</a> to see which answers are right, and why.</p>`
  );
}

export function emailDocument(issue: EmailIssue, bodyHtml: string, footer: EmailFooter): string {
  const html = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(`${issue.label}: ${issue.title}`)}</title>
<style>${EMAIL_CSS}</style>
<style>${EMAIL_HEAD_CSS}</style>
</head>
<body>
<div class="preheader" style="display:none;max-height:0;mso-hide:all">${escapeHtml(issue.description)}</div>
<table role="presentation" class="canvas" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td align="center">
<table role="presentation" class="column" width="${EMAIL_WIDTH}" cellpadding="0" cellspacing="0" border="0">
<tr><td class="masthead"><a href="${escapeHtml(issue.homeUrl)}">${escapeHtml(footer.siteName)}</a> · ${escapeHtml(issue.label.replace(footer.siteName, '').trim())}</td></tr>
<tr><td class="cell">
<h1 class="title">${escapeHtml(issue.title)}</h1>
<p class="meta">${escapeHtml(issue.label)} · ${escapeHtml(issue.date)} · <a href="${escapeHtml(issue.pageUrl)}">Read on the site</a></p>
${bodyHtml}
${quizHtml(issue)}
</td></tr>
<tr><td class="footer">
<p>You are receiving this because you subscribed to ${escapeHtml(footer.siteName)}, a newsletter on machine learning for people in medicine, at <a href="${escapeHtml(issue.homeUrl)}">${escapeHtml(new URL(issue.homeUrl).host)}</a>.</p>
<p><a href="${footer.unsubscribeUrl}">Unsubscribe</a> · <a href="${footer.manageUrl}">Manage your subscription</a> · <a href="${escapeHtml(issue.pageUrl)}">Read this issue on the site</a></p>
<p>${escapeHtml(footer.postalAddress)}</p>
<p>For education only: nothing in this email is clinical advice.</p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
  // The list service's placeholders must reach it untouched, so they are written raw above and never escaped.
  return juice(html, { removeStyleTags: true, preserveMediaQueries: true, applyWidthAttributes: false, preserveImportant: true });
}
