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

/**
 * The canvas draws every label with one base direction, which turns "(February 2025)" around in an
 * Arabic page and "19 فبراير 2025" around in an English one. Each line is therefore wrapped here and
 * isolated with the direction of its own script.
 */
export function displayLabel(label: string, width = 26): string {
  return label
    .split('\n')
    .flatMap((part) => wrapWords(part, width))
    .map((line) => `${arabicLetters.test(line) ? rightToLeftIsolate : leftToRightIsolate}${line}${popIsolate}`)
    .join('\n');
}
