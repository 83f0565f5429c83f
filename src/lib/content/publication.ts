/**
 * What "published" means, in one place. Pages, feeds, the sitemap and the
 * search index all ask these functions, so a draft means the same thing everywhere.
 */

export interface Publishable {
  draft: boolean;
  published?: Date | undefined;
}

export type PublicationState = 'published' | 'draft' | 'scheduled';

export function publicationState(item: Publishable, now: Date): PublicationState {
  if (item.draft) return 'draft';
  if (item.published !== undefined && item.published.getTime() > now.getTime()) return 'scheduled';
  return 'published';
}

export interface VisibilityOptions {
  now: Date;
  /** The dev server shows drafts and scheduled items (with a banner); builds never do. */
  showUnpublished: boolean;
}

export function isVisible(item: Publishable, { now, showUnpublished }: VisibilityOptions): boolean {
  return showUnpublished || publicationState(item, now) === 'published';
}
