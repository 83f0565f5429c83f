/**
 * The email edition of one issue: HTML, plain text and the images both use,
 * made once per build from the same rendered body as the feeds. The routes
 * under src/pages/email/ only hand these out.
 */
import path from 'node:path';
import { renderedIssueHtml } from '../publishing/feeds';
import { slugOfIssue, type Issue } from '../content/queries';
import { issueLabel } from '../content/issues';
import { ContentError } from '../content/source-path';
import { absoluteUrl } from '../site/urls';
import { formatDate } from '../util/dates';
import { newsletter, series, site } from '../../site.config';
import { emailBody, formulasIn, islandsIn } from './transform';
import { emailDocument } from './document';
import { emailPlainText } from './plain-text';
import { formulaImage } from './math-image';
import { figureOf } from './figures';
import { editionProblems } from './limits';

export interface EmailAsset {
  /** Path under the site root, e.g. /email/math/ab12….png. */
  path: string;
  png: Buffer;
}

export interface EmailEdition {
  slug: string;
  subject: string;
  html: string;
  text: string;
  assets: EmailAsset[];
}

export const MATH_DIR = '/email/math/';
export const FIGURE_DIR = '/email/figures/';
// Set by astro.config.mjs from the one cache folder: this module runs from a bundle, far from the project root.
const mathCache = import.meta.env.EMAIL_MATH_CACHE;

const editions = new Map<string, Promise<EmailEdition>>();

export function emailSubject(issue: Issue): string {
  return `${issueLabel(series[issue.data.series].name, issue.data.number)}: ${issue.data.title}`;
}

async function buildEdition(issue: Issue): Promise<EmailEdition> {
  const slug = slugOfIssue(issue);
  const pageUrl = absoluteUrl(`/issues/${slug}/`);
  const rendered = await renderedIssueHtml(issue);
  const file = path.relative(process.cwd(), issue.filePath ?? issue.id);

  const formulas = new Map<string, Awaited<ReturnType<typeof formulaImage>>>();
  const keyOf = (tex: string, display: boolean) => `${display ? 'D' : 'I'}${tex}`;
  try {
    await Promise.all(
      formulasIn(rendered).map(async ({ tex, display }) => {
        if (!formulas.has(keyOf(tex, display))) formulas.set(keyOf(tex, display), await formulaImage(tex, display, mathCache));
      }),
    );
  } catch (error) {
    throw new ContentError(`${file}: ${(error as Error).message}`);
  }
  const figures = new Map(islandsIn(rendered).map((island) => [island, figureOf(island, file)]));

  const body = emailBody(rendered, {
    pageUrl,
    formula: (tex, display) => {
      const image = formulas.get(keyOf(tex, display))!;
      return { src: absoluteUrl(MATH_DIR + image.file), width: image.width, height: image.height, depth: image.depth, alt: tex };
    },
    figure: (island) => {
      const image = figures.get(island)!;
      return { src: absoluteUrl(FIGURE_DIR + image.file), width: image.width, height: image.height, alt: image.alt };
    },
  });
  const subject = emailSubject(issue);
  const html = emailDocument(
    {
      label: issueLabel(series[issue.data.series].name, issue.data.number),
      title: issue.data.title,
      description: issue.data.description,
      date: formatDate(issue.data.published),
      pageUrl,
      homeUrl: absoluteUrl('/'),
      quiz: issue.data.quiz.map((q) => ({ question: q.question, options: q.options.map((o) => o.text) })),
    },
    body,
    {
      siteName: site.title,
      unsubscribeUrl: newsletter.unsubscribeUrl,
      manageUrl: newsletter.manageUrl,
      postalAddress: newsletter.postalAddress,
    },
  );
  const assets: (EmailAsset & { width: number })[] = [
    ...[...formulas.values()].map((f) => ({ path: MATH_DIR + f.file, png: f.png, width: f.width })),
    ...[...figures.values()].map((f) => ({ path: FIGURE_DIR + f.file, png: f.png, width: f.width })),
  ];
  const problems = editionProblems({ html, images: assets.map((a) => ({ name: a.path, cssWidth: a.width })) });
  if (problems.length > 0) throw new ContentError(problems.map((p) => `${file}: email edition: ${p}`).join('\n'));
  return { slug, subject, html, text: emailPlainText(html), assets: assets.map(({ path, png }) => ({ path, png })) };
}

/** The edition of one issue, built once per build however many routes ask. */
export function emailEdition(issue: Issue): Promise<EmailEdition> {
  // Keyed by the entry's digest too, so the dev server's preview follows every save.
  const key = `${issue.id}:${issue.digest ?? ''}`;
  let edition = editions.get(key);
  if (!edition) {
    edition = buildEdition(issue);
    editions.set(key, edition);
  }
  return edition;
}
