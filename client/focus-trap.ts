/**
 * Tab and Shift+Tab inside a modal dialog: from its last control to its first and back, so the keyboard never
 * leaves a dialog that says it is modal for the page hidden under it (WAI-ARIA dialog pattern).
 */
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The controls of `container` the keyboard can reach now, in tab order (hidden ones left out). */
export function focusableIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0 && !el.closest('[hidden], [inert]'));
}

/** Keeps a Tab keydown inside `container`; returns whether it moved the focus itself. */
export function trapTab(container: HTMLElement, event: KeyboardEvent): boolean {
  if (event.key !== 'Tab') return false;
  const controls = focusableIn(container);
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return false;
  const active = document.activeElement;
  const outside = !(active instanceof Node) || !container.contains(active);
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault();
    last.focus();
    return true;
  }
  if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
    return true;
  }
  return false;
}
