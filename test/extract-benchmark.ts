/**
 * Micro benchmark of the extraction engine (run: `npx tsx test/extract-benchmark.ts`): construction of an
 * extractor and `extract` of a ~300-word article, with the seed graph's entities known and with 100,000
 * synthetic known names (generated here, deterministically; nothing is written to disk). Prints medians.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createExtractor } from '../extract/index.ts';
import type { KnownEntity } from '../extract/types.ts';
import { ENTITY_KINDS } from '../contract/kinds.ts';
import { seedKnownEntities } from './known-entities.ts';

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';

/** A deterministic PRNG (mulberry32), so every run builds the same synthetic names. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticKnown(count: number): KnownEntity[] {
  const random = prng(12);
  const word = (): string => Array.from({ length: 3 + Math.floor(random() * 5) }, () => LETTERS[Math.floor(random() * LETTERS.length)] ?? 'ا').join('');
  return Array.from({ length: count }, (_, n) => ({
    id: `synthetic-${n}`,
    kind: ENTITY_KINDS[n % ENTITY_KINDS.length] ?? 'Place',
    names: [`${random() < 0.5 ? 'ال' : ''}${word()} ${word()}`, `Synthetic ${n}`],
  }));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function measure(label: string, known: KnownEntity[], article: string, runs: number): void {
  const t0 = performance.now();
  const extractor = createExtractor(known);
  const construction = performance.now() - t0;
  extractor.extract(article); // warm-up
  const times: number[] = [];
  for (let k = 0; k < runs; k += 1) {
    const t = performance.now();
    extractor.extract(article);
    times.push(performance.now() - t);
  }
  console.log(`${label}: ${known.length} known entities — construction ${construction.toFixed(0)} ms, extract p50 ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (${runs} runs)`);
}

const dev = ['a1', 'a2'].map((a) => readFileSync(new URL(`fixtures/corpus/dev/${a}.txt`, import.meta.url), 'utf8'));
const article = dev.join('\n\n'); // ~300 words
console.log(`article: ${article.split(/\s+/).length} words`);
const seed = seedKnownEntities();
measure('seed graph', seed, article, 30);
measure('100k synthetic', [...seed, ...syntheticKnown(100_000)], article, 30);
