/**
 * Where the build writes a page's social card (src/pages/og/[...slug].png.ts).
 * Site-relative and without the base path: callers pass it through absoluteUrl()
 * or pathTo() from urls.ts, as for any other route.
 */
export function socialCardPath(kind: 'issues' | 'glossary', slug: string): string {
  return `/og/${kind}/${slug}.png`;
}
