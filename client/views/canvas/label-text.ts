import { LABEL_MAX_WIDTH, labelFont } from './stylesheet.ts';
import { textWidth } from './text-measure.ts';

const arabicLetters = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/;
const rightToLeftIsolate = '\u2067';
const leftToRightIsolate = '\u2066';
const popIsolate = '\u2069';

/** Lines of at most `width` characters, broken between words (a longer word keeps its own line). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Lines no wider than `maxWidth` in `font` (bold: a selected label is drawn bold), broken between words. */
export function wrapToWidth(text: string, fontSize: number, maxWidth = LABEL_MAX_WIDTH - 12): string[] {
  const font = `bold ${fontSize}px ${labelFont}`;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, font, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The canvas draws every label with one base direction, which turns "(February 2025)" around in an
 * Arabic page and "19 فبراير 2025" around in an English one. Each line is therefore wrapped here and
 * isolated with the direction of its own script. Given the font size, lines are wrapped by their
 * measured width, narrower than the stylesheet's text-max-width: were Cytoscape to wrap a line again,
 * the part it moved to a line of its own would lose its isolate («Daesh (Islamic» over «(State»).
 */
export function displayLabel(label: string, fontSize?: number): string {
  return label
    .split('\n')
    .flatMap((part) => (fontSize === undefined ? wrapWords(part, 26) : wrapToWidth(part, fontSize)))
    .map((line) => `${arabicLetters.test(line) ? rightToLeftIsolate : leftToRightIsolate}${line}${popIsolate}`)
    .join('\n');
}
