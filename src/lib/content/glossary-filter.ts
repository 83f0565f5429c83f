/**
 * The glossary's category filter is a radio group styled with :has(), so it
 * is instant and needs no JavaScript. These rules are generated from the one
 * list of categories rather than written out by hand.
 */
export function categoryFilterCss(categoryIds: readonly string[]): string {
  return categoryIds
    .map((id) => {
      const on = `:root:has(#filter-${id}:checked)`;
      return `${on} .glossary-entry:not([data-category="${id}"]),${on} .letter-group:not(:has([data-category="${id}"])){display:none}`;
    })
    .join('');
}
