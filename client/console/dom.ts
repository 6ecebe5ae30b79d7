/**
 * A small element builder for the console. Text only ever goes in through `textContent`.
 */
type Attributes = Record<string, string | number | boolean | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, attributes: Attributes = {}, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className !== '') element.className = className;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  if (text !== undefined) element.textContent = text;
  return element;
}

export function button(className: string, text: string, onClick: (event: MouseEvent) => void, attributes: Attributes = {}): HTMLButtonElement {
  const element = el('button', className, { type: 'button', ...attributes }, text);
  element.addEventListener('click', onClick);
  return element;
}
