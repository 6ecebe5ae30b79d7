/**
 * How wide a line of label text is drawn, measured the way Cytoscape measures it (a 2D canvas context
 * in the label's font). Without a DOM (unit tests) a rough average character width stands in.
 */
let context: CanvasRenderingContext2D | null | undefined;

function measuring(): CanvasRenderingContext2D | null {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  return context;
}

const widths = new Map<string, number>();

/** `font` as CSS writes it, e.g. `bold 19px "Noto Naskh Arabic", sans-serif`; `fontSize` for the fallback. */
export function textWidth(text: string, font: string, fontSize: number): number {
  const key = `${font}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    const ctx = measuring();
    if (ctx) {
      ctx.font = font;
      width = ctx.measureText(text).width;
    } else width = text.length * fontSize * 0.55;
    widths.set(key, width);
  }
  return width;
}
