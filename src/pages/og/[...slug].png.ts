/**
 * Social cards: one 1200×630 PNG per published issue (og/issues/<slug>.png)
 * and glossary term (og/glossary/<slug>.png), drawn at build time from the
 * bundled font. socialCardPath() in lib/publishing/social-card-path.ts names these URLs.
 */
import type { APIRoute } from 'astro';
import { publishedIssues, publishedTerms, slugOfIssue } from '../../lib/content/queries';
import { issueLabel } from '../../lib/content/issues';
import type { CardInput } from '../../lib/publishing/social-card';
import { loadCardFonts, renderCard } from '../../lib/publishing/social-card-render';
import { cacheKey } from '../../lib/publishing/cache-key';
import { series, site } from '../../site.config';

type Props = CardInput;

export async function getStaticPaths() {
  const brand = { siteName: site.title, tagline: site.tagline };
  const [issues, terms] = await Promise.all([publishedIssues(), publishedTerms()]);
  const paths = [
    ...issues.map((issue) => ({
      params: { slug: `issues/${slugOfIssue(issue)}` },
      props: {
        ...brand,
        title: issue.data.title,
        kicker: issueLabel(series[issue.data.series].name, issue.data.number),
      } satisfies Props,
    })),
    ...terms.map((term) => ({
      params: { slug: `glossary/${term.id}` },
      props: { ...brand, title: term.data.term, kicker: 'Glossary' } satisfies Props,
    })),
  ];
  // A card shows nothing but its props, so they are the whole key.
  return paths.map((path) => ({ ...path, cacheKey: cacheKey(path.props) }));
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await renderCard(props, await loadCardFonts());
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
