// `npm run bench`: cold check and edit→diagnostics latency of plancheck (through the real server over stdio),
// on the seed plan and a synthetic 10× plan, with remark+gfm, markdown-it and markdownlint as references.
// Prints a table and writes the medians to bench/results.json. Not a test: nothing here asserts a time.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import MarkdownIt from 'markdown-it';
import { lint } from 'markdownlint/sync';
import { analyze, resetCaches } from '../server/src/engine.js';
import { BenchServer } from './lsp-driver.js';
import { multiplyPlan } from './x10.js';

const REPS = Math.max(20, Number(process.env.BENCH_REPS ?? 20));
const root = new URL('../', import.meta.url);
const seed = readFileSync(new URL('samples/pok-noi-2566-2570.plan.md', root), 'utf8');
const x10 = multiplyPlan(seed, 10);

interface Stat {
  median: number;
  min: number;
}

/** Median and minimum of the timings. */
function stat(xs: number[]): Stat {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return {
    median: s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2,
    min: s[0] as number,
  };
}

/** Times `fn` REPS times after `warm` warm-up runs. */
function time(fn: () => void, reps = REPS, warm = 2): Stat {
  for (let i = 0; i < warm; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return stat(xs);
}

/** The position of an edit: a line and column found by a pattern, searched from a given line on. */
function locate(
  text: string,
  after: RegExp,
  target: RegExp,
  nth = 0,
): { line: number; character: number } {
  const lines = text.split('\n');
  let from = lines.findIndex((l) => after.test(l));
  for (let seen = 0; from >= 0 && from < lines.length; from++) {
    const m = target.exec(lines[from] ?? '');
    if (m && seen++ === nth) return { line: from, character: m.index };
  }
  throw new Error(`no edit position for ${String(target)}`);
}

/** Alternately types and deletes one character at a position; returns the latency of each edit. */
async function edits(
  server: BenchServer,
  uri: string,
  at: { line: number; character: number },
  first: number,
): Promise<Stat> {
  const xs: number[] = [];
  let version = first;
  for (let i = 0; i < REPS + 2; i++) {
    const ms =
      i % 2 === 0
        ? await server.edit(uri, version++, at.line, at.character, 0, '๑')
        : await server.edit(uri, version++, at.line, at.character, 1, '');
    if (i >= 2) xs.push(ms);
  }
  return stat(xs);
}

const remark = unified().use(remarkParse).use(remarkGfm);
const md = new MarkdownIt();
const reference = {
  remark_gfm: time(() => remark.parse(seed)),
  markdown_it: time(() => md.parse(seed, {})),
  markdownlint: time(() => lint({ strings: { seed } })),
};
const cold = time(() => {
  resetCaches();
  analyze(seed);
});
const x10Cold = time(
  () => {
    resetCaches();
    analyze(x10);
  },
  REPS,
  1,
);

const bundle = new URL('dist/server.cjs', root).pathname;
const server = await BenchServer.start(bundle);
const seedUri = 'file:///bench/seed.plan.md';
const openSeed = await server.open(seedUri, seed);
const part3 = /^## ส่วนที่ 3/;
const seedEdits = {
  project: await edits(server, seedUri, locate(seed, part3, /^1\. เพื่อ/, 20), 2),
  table: await edits(server, seedUri, locate(seed, /^\| มิติ/, /20,000/), 100),
  foreword: await edits(server, seedUri, locate(seed, /^## คำนำ/, /ดังนั้น/), 200),
};
await server.stop();

const big = await BenchServer.start(bundle);
const x10Uri = 'file:///bench/x10.plan.md';
const openX10 = await big.open(x10Uri, x10);
const x10Project = await edits(big, x10Uri, locate(x10, part3, /^1\. เพื่อ/, 200), 2);
const rss = big.peakRssMb();
await big.stop();

const results = {
  seed: {
    cold_ms: cold.median,
    edit_project_ms: seedEdits.project.median,
    edit_table_ms: seedEdits.table.median,
    edit_foreword_ms: seedEdits.foreword.median,
  },
  x10: { cold_ms: x10Cold.median, edit_project_ms: x10Project.median, rss_mb: rss },
  reference: {
    remark_gfm_ms: reference.remark_gfm.median,
    markdown_it_ms: reference.markdown_it.median,
    markdownlint_ms: reference.markdownlint.median,
  },
};
writeFileSync(new URL('bench/results.json', root), JSON.stringify(results, null, 2) + '\n');

const f = (s: Stat): string => `${s.median.toFixed(1).padStart(8)} ${s.min.toFixed(1).padStart(8)}`;
const kb = (t: string): string => `${Math.round(Buffer.byteLength(t) / 1024)} KB`;
console.log(
  `plancheck benchmark — ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, Node ${process.version}, ${REPS} reps`,
);
console.log(
  `seed ${kb(seed)}, ${seed.split('\n').length} lines; x10 ${kb(x10)}, ${x10.split('\n').length} lines\n`,
);
console.log(`${'measure'.padEnd(44)}   median      min  (ms)`);
const rows: [string, Stat][] = [
  ['seed: cold check (parse + model + checks)', cold],
  ['seed: edit→diagnostics, in a project', seedEdits.project],
  ['seed: edit→diagnostics, in the summary table', seedEdits.table],
  ['seed: edit→diagnostics, in the foreword', seedEdits.foreword],
  ['x10: cold check', x10Cold],
  ['x10: edit→diagnostics, in a project', x10Project],
  ['ref: remark + remark-gfm parse (seed)', reference.remark_gfm],
  ['ref: markdown-it parse (seed)', reference.markdown_it],
  ['ref: markdownlint lint (seed)', reference.markdownlint],
];
for (const [name, s] of rows) console.log(`${name.padEnd(44)} ${f(s)}`);
console.log(
  `\nopen→first diagnostics over stdio: seed ${openSeed.toFixed(0)} ms, x10 ${openX10.toFixed(0)} ms`,
);
console.log(`server peak RSS with the x10 plan open: ${rss.toFixed(0)} MB`);
console.log(
  `cold check / remark+gfm parse: ${(cold.median / reference.remark_gfm.median).toFixed(2)}×`,
);
console.log('medians written to bench/results.json');
