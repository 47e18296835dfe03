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
import { BenchServer, type DiagnosticsMode } from './lsp-driver.js';
import { edits, enterAtEnd, locate, stat, typeChar, type EditStat, type Stat } from './edits.js';
import { multiplyPlan } from './x10.js';
import { cliRun } from './cli-scale.js';

const REPS = Math.max(20, Number(process.env.BENCH_REPS ?? 20));
const root = new URL('../', import.meta.url);
const seed = readFileSync(new URL('samples/pok-noi-2566-2570.plan.md', root), 'utf8');
const x10 = multiplyPlan(seed, 10);

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
const part3 = /^## ส่วนที่ 3/;
const seedAt = {
  project: locate(seed, part3, /^1\. เพื่อ/, 20),
  table: locate(seed, /^\| มิติ/, /20,000/),
  foreword: locate(seed, /^## คำนำ/, /ดังนั้น/),
};
const x10At = locate(x10, part3, /^1\. เพื่อ/, 200);

/** Seed edits through one server, with diagnostics pushed or pulled. */
async function seedRun(mode: DiagnosticsMode) {
  const server = await BenchServer.start(bundle, mode);
  const uri = 'file:///bench/seed.plan.md';
  const version = { next: 2 };
  const open = await server.open(uri, seed);
  const project = await edits(server, uri, typeChar(seedAt.project), version, REPS);
  const table = await edits(server, uri, typeChar(seedAt.table), version, REPS);
  const foreword = await edits(server, uri, typeChar(seedAt.foreword), version, REPS);
  await server.stop();
  return { open, project, table, foreword };
}

/** x10 edits through one server: a character in a project, and a line break there. */
async function x10Run(mode: DiagnosticsMode) {
  const server = await BenchServer.start(bundle, mode);
  const uri = 'file:///bench/x10.plan.md';
  const version = { next: 2 };
  const open = await server.open(uri, x10);
  const project = await edits(server, uri, typeChar(x10At), version, REPS);
  const newline = await edits(server, uri, enterAtEnd(x10, x10At), version, REPS);
  const rss = server.peakRssMb();
  await server.stop();
  return { open, project, newline, rss };
}

// Pull is what VS Code does (the product's editor), push what clients without pull support do.
const seedPull = await seedRun('pull');
const seedPush = await seedRun('push');
const x10Pull = await x10Run('pull');
const x10Push = await x10Run('push');

// The CLI on 2,500 and 5,000 projects (one run each: a run takes seconds).
const cli = new URL('bin/plancheck.cjs', root).pathname;
const x50Cli = cliRun(seed, 50, cli);
const x100Cli = cliRun(seed, 100, cli);

const results = {
  seed: {
    cold_ms: cold.median,
    edit_project_ms: seedPull.project.median,
    edit_table_ms: seedPull.table.median,
    edit_foreword_ms: seedPull.foreword.median,
  },
  x10: {
    cold_ms: x10Cold.median,
    edit_project_ms: x10Pull.project.median,
    edit_newline_ms: x10Pull.newline.median,
    rss_mb: x10Pull.rss,
  },
  push: {
    seed_edit_project_ms: seedPush.project.median,
    seed_edit_table_ms: seedPush.table.median,
    seed_edit_foreword_ms: seedPush.foreword.median,
    x10_edit_project_ms: x10Push.project.median,
    x10_edit_newline_ms: x10Push.newline.median,
  },
  cli: { x50: x50Cli, x100: x100Cli },
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
  ['x10: cold check', x10Cold],
  ['ref: remark + remark-gfm parse (seed)', reference.remark_gfm],
  ['ref: markdown-it parse (seed)', reference.markdown_it],
  ['ref: markdownlint lint (seed)', reference.markdownlint],
];
for (const [name, s] of rows) console.log(`${name.padEnd(44)} ${f(s)}`);

// edit→diagnostics through the server over stdio: pulled (VS Code) and pushed (e.g. Neovim 0.7).
const u = (s: EditStat): string => `${s.unchanged}/${s.pulled}`.padStart(7);
console.log(
  `\n${'edit→diagnostics over stdio'.padEnd(44)}   pull: median      min  unchanged` +
    `   push: median      min  (ms)`,
);
const editRows: [string, EditStat, EditStat][] = [
  ['seed: a character in a project', seedPull.project, seedPush.project],
  ['seed: a character in the summary table', seedPull.table, seedPush.table],
  ['seed: a character in the foreword', seedPull.foreword, seedPush.foreword],
  ['x10: a character in a project', x10Pull.project, x10Push.project],
  ['x10: Enter in a project (lines move)', x10Pull.newline, x10Push.newline],
];
for (const [name, pull, push] of editRows) {
  console.log(`${name.padEnd(44)}       ${f(pull)}    ${u(pull)}         ${f(push)}`);
}
const ms = (x: number): string => `${x.toFixed(0)} ms`;
console.log(
  `\nopen→first diagnostics over stdio (pull / push): seed ${ms(seedPull.open)} / ${ms(seedPush.open)},` +
    ` x10 ${ms(x10Pull.open)} / ${ms(x10Push.open)}`,
);
console.log(
  `server peak RSS with the x10 plan open (pull / push): ${x10Pull.rss.toFixed(0)} / ${x10Push.rss.toFixed(0)} MB`,
);
console.log(
  `cold check / remark+gfm parse: ${(cold.median / reference.remark_gfm.median).toFixed(2)}×`,
);
for (const r of [x50Cli, x100Cli])
  console.log(
    `CLI check, ${r.projects} projects (${r.megabytes.toFixed(1)} MB): ${r.wall_ms.toFixed(0)} ms, peak RSS ${r.rss_mb.toFixed(0)} MB`,
  );
console.log(
  'medians written to bench/results.json (edit keys: pull; "push": the same edits pushed)',
);
