/**
 * What an email edition may not exceed. Gmail cuts a message off after about
 * 102 KB of HTML behind a "View entire message" link, which hides the footer
 * and its unsubscribe link; images wider than 1,200 px (600 CSS px at 2×)
 * would be scaled down in every client and blur.
 */
export const MAX_HTML_BYTES = 100_000;
export const MAX_IMAGE_PX = 1200;
const SCALE = 2;

export interface EditionFacts {
  html: string;
  images: { name: string; cssWidth: number }[];
}

export function editionProblems({ html, images }: EditionFacts): string[] {
  const problems: string[] = [];
  const bytes = Buffer.byteLength(html, 'utf8');
  if (bytes > MAX_HTML_BYTES) {
    problems.push(
      `the HTML is ${(bytes / 1000).toFixed(1)} KB, over the ${MAX_HTML_BYTES / 1000} KB at which Gmail clips a message; ` +
        `cut about ${((bytes - MAX_HTML_BYTES) / 1000).toFixed(1)} KB: shorten the prose, or move a long table or list to the site and link to it`,
    );
  }
  for (const image of images) {
    const px = Math.ceil(image.cssWidth * SCALE);
    if (px > MAX_IMAGE_PX) {
      problems.push(
        `${image.name} is ${px} px wide, over the ${MAX_IMAGE_PX} px an email image may be; ` +
          `break the formula over lines (an aligned environment) or narrow the figure`,
      );
    }
  }
  return problems;
}
