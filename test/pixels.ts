/**
 * Screenshot comparisons for browser tests: what the page drew in a rectangle, as a mask of "ink"
 * (dark, uncoloured pixels: text), decoded in the page itself (no image library needed in Node).
 */
import type { Page } from 'playwright-core';
import type { Rect } from './browser.ts';

export interface InkMask {
  /** Device pixels. */
  width: number;
  height: number;
  /** 1 where the pixel is darker than the threshold. */
  ink: number[];
}

/** The ink of the page inside `rect` (CSS pixels), at the page's device scale. */
export async function inkIn(page: Page, rect: Rect, threshold = 110): Promise<InkMask> {
  const png = await page.screenshot({ clip: rect, animations: 'disabled', caret: 'hide' });
  return page.evaluate(
    async ({ data, threshold: limit }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(bitmap, 0, 0);
      const { data: rgba } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const ink: number[] = [];
      for (let i = 0; i < rgba.length; i += 4) {
        const r = rgba[i] ?? 0;
        const g = rgba[i + 1] ?? 0;
        const b = rgba[i + 2] ?? 0;
        // Text is near-black and grey; a coloured mark (a yellow underline) is not ink.
        ink.push(0.299 * r + 0.587 * g + 0.114 * b < limit && Math.max(r, g, b) - Math.min(r, g, b) < 70 ? 1 : 0);
      }
      return { width: bitmap.width, height: bitmap.height, ink };
    },
    { data: png.toString('base64'), threshold },
  );
}

/** The box around the ink, in device pixels; null when there is none. */
export function inkBox(mask: InkMask): { x1: number; y1: number; x2: number; y2: number } | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -1;
  let y2 = -1;
  for (let y = 0; y < mask.height; y++) {
    for (let x = 0; x < mask.width; x++) {
      if (mask.ink[y * mask.width + x] !== 1) continue;
      x1 = Math.min(x1, x);
      x2 = Math.max(x2, x);
      y1 = Math.min(y1, y);
      y2 = Math.max(y2, y);
    }
  }
  return x2 < 0 ? null : { x1, y1, x2, y2 };
}

/**
 * How unlike two drawings are: the share of ink pixels of either that have no ink of the other within a
 * pixel, once both are aligned on the right edge and top of their ink (Arabic runs start on the right),
 * at the best of a few pixels' shift. The same glyphs at another sub-pixel position land a pixel apart
 * here and there; an isolated letter instead of a joined one, or a gap inside a word, does not.
 */
export function inkDifference(a: InkMask, b: InkMask, slack = 2): number {
  const boxA = inkBox(a);
  const boxB = inkBox(b);
  if (!boxA || !boxB) return 1;
  const at = (mask: InkMask, x: number, y: number): boolean => x >= 0 && y >= 0 && x < mask.width && y < mask.height && mask.ink[y * mask.width + x] === 1;
  const near = (mask: InkMask, x: number, y: number): boolean => {
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) if (at(mask, x + dx, y + dy)) return true;
    return false;
  };
  const points = (mask: InkMask): [number, number][] => {
    const out: [number, number][] = [];
    for (let y = 0; y < mask.height; y++) for (let x = 0; x < mask.width; x++) if (mask.ink[y * mask.width + x] === 1) out.push([x, y]);
    return out;
  };
  const inkA = points(a);
  const inkB = points(b);
  let best = 1;
  for (let dy = -slack; dy <= slack; dy++) {
    for (let dx = -slack; dx <= slack; dx++) {
      const offsetX = boxB.x2 - boxA.x2 + dx;
      const offsetY = boxB.y1 - boxA.y1 + dy;
      const lonelyA = inkA.filter(([x, y]) => !near(b, x + offsetX, y + offsetY)).length;
      const lonelyB = inkB.filter(([x, y]) => !near(a, x - offsetX, y - offsetY)).length;
      best = Math.min(best, (lonelyA + lonelyB) / (inkA.length + inkB.length));
    }
  }
  return best;
}
