import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** What the content folder says, read independently of the site's own code, to check the build against. */
const root = path.resolve(import.meta.dirname, '../..', process.env.CONTENT_DIR ?? 'content');

function frontmatter(file: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  return match ? (parse(match[1] ?? '') as Record<string, unknown>) : {};
}

function isPublished(data: Record<string, unknown>): boolean {
  const published = data['published'];
  const date = published instanceof Date ? published : published ? new Date(String(published)) : undefined;
  return data['draft'] !== true && (date === undefined || date.getTime() <= Date.now());
}

export interface TermFile {
  slug: string;
  term: string;
  short: string;
  aliases: string[];
}

export function publishedTermFiles(): TermFile[] {
  const dir = path.join(root, 'glossary');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ slug: f.slice(0, -3), data: frontmatter(path.join(dir, f)) }))
    .filter(({ data }) => isPublished(data))
    .map(({ slug, data }) => ({
      slug,
      term: String(data['term']),
      short: String(data['short']),
      aliases: (data['aliases'] as string[] | undefined) ?? [],
    }));
}
