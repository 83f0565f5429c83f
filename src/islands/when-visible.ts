/**
 * Loads an island's behaviour only when the island is about to scroll into
 * view. Until then the page shows the server-rendered figure, which is correct
 * on its own.
 */
export function whenVisible(tag: string, load: () => Promise<unknown>): void {
  const elements = document.querySelectorAll(tag);
  if (elements.length === 0) return;
  if (!('IntersectionObserver' in window)) {
    void load();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        void load();
      }
    },
    { rootMargin: '200px 0px' },
  );
  elements.forEach((el) => observer.observe(el));
}
