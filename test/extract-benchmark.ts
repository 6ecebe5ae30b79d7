/**
 * Micro benchmark of the extraction engine (run: `npx tsx test/extract-benchmark.ts`): construction of an
 * extractor and `extract` of a ~300-word article, with the seed graph's entities known and with 100,000
 * synthetic known names (generated here, deterministically; nothing is written to disk). Prints medians, and
 * how much of `extract` is the known-name mention search (text/mentions.ts, whose internals issue 11 replaces).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { articleSentences } from '../extract/article.ts';
import { createExtractor } from '../extract/index.ts';
import { createMentionFinder } from '../text/mentions.ts';
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
  // The known-entity mention search alone (one text/mentions.ts index over every name), as extract runs it.
  const finder = createMentionFinder(known.map((k) => ({ entityId: k.id, aliases: k.names })));
  const sentences = articleSentences(article).sentences.map((s) => s.text);
  const finderOnly = (): void => {
    for (const s of sentences) finder.find(s);
  };
  extractor.extract(article); // warm-up
  finderOnly();
  // Wall time and this process's CPU time: on a shared machine the CPU time is the steadier figure.
  const cpuMs = (f: () => void): [number, number] => {
    const c = process.cpuUsage();
    const t = performance.now();
    f();
    const used = process.cpuUsage(c);
    return [performance.now() - t, (used.user + used.system) / 1000];
  };
  const wall: number[] = [];
  const cpu: number[] = [];
  const finderCpu: number[] = [];
  for (let k = 0; k < runs; k += 1) {
    const [w, c] = cpuMs(() => extractor.extract(article));
    wall.push(w);
    cpu.push(c);
    finderCpu.push(cpuMs(finderOnly)[1]);
  }
  console.log(
    `${label}: ${known.length} known entities — construction ${construction.toFixed(0)} ms; extract p50 ${median(wall).toFixed(1)} ms wall, ` +
      `${median(cpu).toFixed(1)} ms CPU (of which the known-name finder ${median(finderCpu).toFixed(1)} ms CPU) (${runs} runs)`,
  );
}

const dev = ['a1', 'a2'].map((a) => readFileSync(new URL(`fixtures/corpus/dev/${a}.txt`, import.meta.url), 'utf8'));
const article = dev.join('\n\n'); // ~300 words
console.log(`article: ${article.split(/\s+/).length} words`);
const seed = seedKnownEntities();
measure('seed graph', seed, article, 30);
measure('100k synthetic', [...seed, ...syntheticKnown(100_000)], article, 30);
