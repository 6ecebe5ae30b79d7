/**
 * `npm run bench:mentions`: how long finding the known entities' mentions in one 300-word article takes
 * against 1,000, 10,000 and 100,000 entity names, with the indexed finder (text/mentions.ts: one pass over
 * the text against a trie) and, up to 10,000 names, the reference finder it replaced (words × aliases ×
 * clitics). Writes its table into bench/RESULTS.md.
 */
import { performance } from 'node:perf_hooks';
import { readArticleText, analyzeArticle } from '../corpus/seed/article-graph.ts';
import { buildMentionIndex, findMentionsWith, type AliasSet } from '../text/mentions.ts';
import { findMentionsNaive } from '../test/reference/naive-mentions.ts';
import { generateCorpus } from './generate.ts';
import { fmt, machineLine, table, writeSection } from './results.ts';
import { percentile } from './measure.ts';

const SIZES = [1_000, 10_000, 100_000];
const NAIVE_UP_TO = 10_000;
const RUNS = 15;

const text = readArticleText();
const article = text.split(/\s+/u).slice(0, 300).join(' ');
const curated: AliasSet[] = analyzeArticle().model.entities.map((e) => ({ entityId: e.id, aliases: [e.name_ar, ...e.aliases_ar] }));

/** `n` names: the seed's curated entities and synthetic ones from the benchmark generator, 3 names each. */
function names(n: number): AliasSet[] {
  // ~70 % of generated nodes are entities, with 3 Arabic names each.
  const synthetic = generateCorpus({ nodes: Math.ceil(n / 2), seed: 7 }).graph.nodes.filter((node) => node.labels.includes('Entity'));
  const sets: AliasSet[] = [...curated];
  let count = curated.reduce((sum, e) => sum + e.aliases.length, 0);
  for (const node of synthetic) {
    if (count >= n) break;
    const aliases = [node.properties.name_ar, ...(Array.isArray(node.properties.aliases_ar) ? node.properties.aliases_ar : [])].filter((a): a is string => typeof a === 'string');
    sets.push({ entityId: node.id, aliases });
    count += aliases.length;
  }
  return sets;
}

function median(times: number[]): number {
  return percentile([...times].sort((a, b) => a - b), 50);
}

function time(run: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const began = performance.now();
    run();
    times.push(performance.now() - began);
  }
  return median(times);
}

// Warm the JIT on a small index first, so the first size is not charged for compiling the finder.
for (let i = 0; i < 20; i++) findMentionsWith(buildMentionIndex(curated), article);

const rows: (string | number)[][] = [];
for (const size of SIZES) {
  const sets = names(size);
  const aliasCount = sets.reduce((sum, e) => sum + new Set(e.aliases).size, 0);
  const began = performance.now();
  const index = buildMentionIndex(sets);
  const buildMs = performance.now() - began;
  const found = findMentionsWith(index, article).length;
  const indexedMs = time(() => findMentionsWith(index, article), RUNS);
  const naiveMs = size <= NAIVE_UP_TO ? time(() => findMentionsNaive(article, sets), size <= 1000 ? 5 : 1) : null;
  rows.push([aliasCount.toLocaleString('en'), fmt(buildMs), fmt(indexedMs), naiveMs === null ? 'not run' : fmt(naiveMs), naiveMs === null ? '—' : `${(naiveMs / indexedMs).toFixed(0)}×`, found]);
  console.log(`${aliasCount} names: index built in ${fmt(buildMs)} ms, find ${fmt(indexedMs)} ms${naiveMs === null ? '' : `, reference ${fmt(naiveMs)} ms`}, ${found} mentions`);
}

writeSection(
  'mentions',
  `## Mention finding (\`npm run bench:mentions\`)

${machineLine()}

One 300-word article (the first 300 words of the seed article) against N entity names (the seed's curated
names plus synthetic ones from \`bench/generate.ts\`). *find* is the median of ${RUNS} runs of the indexed finder;
*reference* is the finder it replaced (every alias tried with every clitic at every word), median of 5 runs at
1,000 names and one run at 10,000; not run at 100,000.

${table(['names', 'index build (ms)', 'find (ms)', 'reference (ms)', 'speed-up', 'mentions found'], rows)}`,
);
