import type { APIRoute } from 'astro';
import { publishedTerms, seriesIssues, slugOfIssue } from '../lib/content/queries';
import { markdownPath } from '../lib/publishing/markdown-copy';
import { absoluteUrl } from '../lib/site/urls';
import { series, seriesIds, site } from '../site.config';

/**
 * /llms.txt, after the llms.txt proposal (https://llmstxt.org/): the site's name,
 * a one-line summary, then one section per series and one for the glossary,
 * each entry linking to the Markdown copy of its page. Published content only.
 */
export const GET: APIRoute = async () => {
  const line = (title: string, path: string, description: string) => `- [${title}](${absoluteUrl(markdownPath(path))}): ${description}`;
  const sections: string[] = [];
  for (const id of seriesIds) {
    const issues = await seriesIssues(id);
    if (issues.length === 0) continue;
    sections.push(
      `## ${series[id].name}: the issues\n\n${series[id].description}\n\n` +
        issues.map((i) => line(`#${i.data.number} ${i.data.title}`, `/issues/${slugOfIssue(i)}/`, i.data.description)).join('\n'),
    );
  }
  const terms = await publishedTerms();
  sections.push(`## Glossary\n\n` + terms.map((t) => line(t.data.term, `/glossary/${t.id}/`, t.data.short)).join('\n'));
  const body = `# ${site.title}\n\n> ${site.description}\n\n${site.tagline}. Every page below is also on the web at the same address without \`index.md\`.\n\n${sections.join('\n\n')}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
