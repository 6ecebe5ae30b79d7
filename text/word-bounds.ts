/**
 * Where the words around a span of text begin and end. A mention starts after its clitic (ل + تنظيم) and
 * may end inside a word; marking only that span would cut the word in two, and an Arabic word cut in two
 * loses its joining (an isolated ل). Marks therefore cover whole words.
 */
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}\u0640]/u;

const isWordCharacter = (char: string | undefined): boolean => char !== undefined && WORD_CHARACTER.test(char);

/** The span widened to the start of its first word and the end of its last (UTF-16 offsets, as JavaScript slices). */
export function wholeWords(text: string, start: number, end: number): { start: number; end: number } {
  let from = Math.max(0, Math.min(start, text.length));
  let to = Math.max(from, Math.min(end, text.length));
  while (from > 0 && isWordCharacter(text[from - 1]) && isWordCharacter(text[from])) from--;
  while (to < text.length && isWordCharacter(text[to]) && isWordCharacter(text[to - 1])) to++;
  return { start: from, end: to };
}
