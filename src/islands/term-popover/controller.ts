import { placePopover } from '../../lib/ui/popover-placement';

/**
 * Shows a term's short definition beside every glossary link in an issue, on
 * hover and on keyboard focus. One shared tooltip is described by the focused
 * link, so screen readers read the definition after the link text. Esc hides
 * it (WCAG 1.4.13); on touch the first tap shows it and the second follows the link.
 */
const LINK = 'a.term-link[data-definition]';
const SHOW_DELAY = 250;
const HIDE_DELAY = 200;

export function enhanceTermLinks(doc: Document = document): void {
  const popover = doc.createElement('div');
  popover.id = 'term-popover';
  popover.className = 'term-popover';
  popover.setAttribute('role', 'tooltip');
  popover.hidden = true;
  const name = doc.createElement('p');
  name.className = 'term-popover-name';
  const definition = doc.createElement('p');
  definition.className = 'term-popover-definition';
  const hint = doc.createElement('p');
  hint.className = 'term-popover-hint';
  popover.append(name, definition, hint);
  doc.body.append(popover);

  let current: HTMLAnchorElement | null = null;
  let timer: number | undefined;
  let lastPointer = 'mouse';
  // The link whose definition a tap has shown; the next tap on it follows the link.
  let tappedOpen: HTMLAnchorElement | null = null;

  const termLink = (target: EventTarget | null) => (target instanceof Element ? (target.closest(LINK) as HTMLAnchorElement | null) : null);

  const hide = () => {
    window.clearTimeout(timer);
    current?.removeAttribute('aria-describedby');
    current = null;
    tappedOpen = null;
    popover.hidden = true;
  };

  const show = (link: HTMLAnchorElement, touch: boolean) => {
    window.clearTimeout(timer);
    if (current && current !== link) current.removeAttribute('aria-describedby');
    current = link;
    name.textContent = link.dataset.termName ?? link.textContent ?? '';
    definition.textContent = link.dataset.definition ?? '';
    hint.textContent = touch ? 'Tap the term again to open its glossary entry.' : '';
    hint.hidden = !touch;
    link.setAttribute('aria-describedby', popover.id);
    popover.hidden = false;
    const anchor = link.getClientRects()[0] ?? link.getBoundingClientRect();
    const place = placePopover(anchor, popover.getBoundingClientRect(), {
      width: doc.documentElement.clientWidth,
      height: window.innerHeight,
    });
    popover.dataset.side = place.side;
    popover.style.top = `${place.top + window.scrollY}px`;
    popover.style.left = `${place.left + window.scrollX}px`;
  };

  const later = (action: () => void, delay: number) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(action, delay);
  };

  doc.addEventListener('focusin', (event) => {
    const link = termLink(event.target);
    if (link) show(link, false);
  });
  doc.addEventListener('focusout', (event) => {
    if (termLink(event.target) === current) hide();
  });
  doc.addEventListener('mouseover', (event) => {
    const link = termLink(event.target);
    if (link && link !== current) later(() => show(link, false), SHOW_DELAY);
    else if (link || popover.contains(event.target as Node)) window.clearTimeout(timer);
  });
  doc.addEventListener('mouseout', (event) => {
    const leaving = termLink(event.target) ?? (popover.contains(event.target as Node) ? popover : null);
    const entering = event.relatedTarget as Node | null;
    if (!leaving || (entering && (popover.contains(entering) || current?.contains(entering)))) return;
    later(hide, HIDE_DELAY);
  });
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && current) hide();
  });
  doc.addEventListener('pointerdown', (event) => {
    lastPointer = event.pointerType;
    if (current && !termLink(event.target) && !popover.contains(event.target as Node)) hide();
  });
  doc.addEventListener('click', (event) => {
    const link = termLink(event.target);
    if (!link || lastPointer !== 'touch' || tappedOpen === link) return;
    event.preventDefault();
    show(link, true);
    tappedOpen = link;
  });
  window.addEventListener('resize', hide);
}
