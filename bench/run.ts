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
import {
  edits,
  locate,
  stat,
  typeChar,
  typing,
  type EditStat,
  type Stat,
  type TypingStat,
} from './edits.js';
import { multiplyPlan } from './x10.js';
import { cliRun } from './cli-scale.js';
import { reportFloor } from './report-floor.js';
import { memoryRun } from './memory.js';
import { engineRun } from './engine-edits.js';
import { planEdits } from './plan-edits.js';

const REPS = Math.max(20, Number(process.env.BENCH_REPS ?? 20));
/** Steady typing: this many keys, one every this many ms (the issue's 30 ms a key). */
const TYPING_KEYS = 60;
const TYPING_INTERVAL_MS = 30;
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
const x10Remark = time(() => remark.parse(x10), 3, 1);
// What a full report of the 10× plan costs to encode and decode, with and without its made-up duplicates.
const floor = reportFloor(x10, REPS);
const floorDistinct = reportFloor(x10, REPS, ['duplicate-project']);
const floorMoved = reportFloor(x10, REPS, [], true);
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

/** Every edit kind through one server on an N× plan, then steady typing at 30 ms a key. */
async function planRun(text: string, times: number, mode: DiagnosticsMode, reps: number) {
  const server = await BenchServer.start(bundle, mode);
  const uri = `file:///bench/x${times}.plan.md`;
  const version = { next: 2 };
  const open = await server.open(uri, text);
  const kinds: [string, EditStat][] = [];
  for (const [name, change] of planEdits(text, times))
    kinds.push([name, await edits(server, uri, change, version, reps)]);
  const at = locate(text, part3, /^1\. เพื่อ/, 20 * times);
  const typed = await typing(server, uri, at, version, TYPING_KEYS, TYPING_INTERVAL_MS);
  const rss = server.peakRssMb();
  await server.stop();
  return { open, kinds, typed, rss };
}

// Pull is what VS Code does (the product's editor), push what clients without pull support do.
const seedPull = await seedRun('pull');
const seedPush = await seedRun('push');
// The same edits through the engine alone (a child process): the check without the report.
const x10Engine = engineRun(10, REPS);
const x10Pull = await planRun(x10, 10, 'pull', REPS);
const x10Push = await planRun(x10, 10, 'push', REPS);
// The 50× plan (2,500 projects): cold check in-process, and the edits pulled (fewer reps: each takes longer).
const x50 = multiplyPlan(seed, 50);
// What a full report of the 50× plan costs to encode and decode: no edit that changes it is faster.
const x50Floor = reportFloor(x50, 5);
const x50FloorDistinct = reportFloor(x50, 5, ['duplicate-project']);
const x50Cold = time(
  () => {
    resetCaches();
    analyze(x50);
  },
  5,
  1,
);
const x50Pull = await planRun(x50, 50, 'pull', 10);

// The CLI on 2,500 and 5,000 projects (one run each: a run takes seconds).
const cli = new URL('bin/plancheck.cjs', root).pathname;
const x50Cli = cliRun(seed, 50, cli);
const x100Cli = cliRun(seed, 100, cli);
// The engine's heap over 1,000 edits of the 10× plan (after a full GC every 100 edits).
const memory = memoryRun();

/** Median of every edit kind, by a key made from its name. */
const byKind = (kinds: [string, Stat][]): Record<string, number> =>
  Object.fromEntries(kinds.map(([name, st]) => [name.replace(/\W+/g, '_'), st.median]));
const typingOf = (t: TypingStat) => ({
  median_lag_ms: t.median,
  max_lag_ms: t.max,
  last_lag_ms: t.last,
  keys: t.keys,
  publishes: t.publishes,
});
const results = {
  seed: {
    cold_ms: cold.median,
    edit_project_ms: seedPull.project.median,
    edit_table_ms: seedPull.table.median,
    edit_foreword_ms: seedPull.foreword.median,
  },
  x10: {
    cold_ms: x10Cold.median,
    cold_over_remark: x10Cold.median / x10Remark.median,
    edits_ms: byKind(x10Pull.kinds),
    engine_edits_ms: byKind(x10Engine),
    typing: typingOf(x10Pull.typed),
    rss_mb: x10Pull.rss,
  },
  x50: {
    cold_ms: x50Cold.median,
    edits_ms: byKind(x50Pull.kinds),
    typing: typingOf(x50Pull.typed),
    rss_mb: x50Pull.rss,
  },
  push: {
    seed_edit_project_ms: seedPush.project.median,
    seed_edit_table_ms: seedPush.table.median,
    seed_edit_foreword_ms: seedPush.foreword.median,
    x10_edits_ms: byKind(x10Push.kinds),
    x10_typing: typingOf(x10Push.typed),
  },
  cli: { x50: x50Cli, x100: x100Cli },
  memory,
  reference: {
    remark_gfm_ms: reference.remark_gfm.median,
    markdown_it_ms: reference.markdown_it.median,
    markdownlint_ms: reference.markdownlint.median,
    x10_remark_gfm_ms: x10Remark.median,
    x10_report_floor_ms: floor.median,
    x10_report_floor_without_duplicates_ms: floorDistinct.median,
    x10_report_all_new_ms: floorMoved.median,
    x50_report_floor_ms: x50Floor.median,
    x50_report_floor_without_duplicates_ms: x50FloorDistinct.median,
  },
};
writeFileSync(new URL('bench/results.json', root), JSON.stringify(results, null, 2) + '\n');

const f = (s: Stat): string => `${s.median.toFixed(1).padStart(8)} ${s.min.toFixed(1).padStart(8)}`;
const kb = (bytes: number): string => `${Math.round(bytes / 1024)} KB`;
const size = (name: string, t: string): string =>
  `${name} ${kb(Buffer.byteLength(t))}, ${t.split('\n').length} lines`;
console.log(
  `plancheck benchmark — ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, Node ${process.version}, ${REPS} reps`,
);
console.log(`${size('seed', seed)}; ${size('x10', x10)}; ${size('x50', x50)}\n`);
console.log(`${'measure'.padEnd(44)}   median      min  (ms)`);
const rows: [string, Stat][] = [
  ['seed: cold check (parse + model + checks)', cold],
  ['x10: cold check', x10Cold],
  ['x50: cold check', x50Cold],
  ['ref: remark + remark-gfm parse (seed)', reference.remark_gfm],
  ['ref: remark + remark-gfm parse (x10)', x10Remark],
  ['ref: markdown-it parse (seed)', reference.markdown_it],
  ['ref: markdownlint lint (seed)', reference.markdownlint],
  ['ref: x10 full report, encode + decode', floor],
  ['ref: the same without duplicate-project', floorDistinct],
  ['ref: the same, every diagnostic new (moved)', floorMoved],
  ['ref: x50 full report, encode + decode', x50Floor],
  ['ref: the same without duplicate-project', x50FloorDistinct],
];
for (const [name, s] of rows) console.log(`${name.padEnd(44)} ${f(s)}`);

// edit→diagnostics through the server over stdio: pulled (VS Code) and pushed (e.g. Neovim 0.7).
const u = (s: EditStat): string => `${s.unchanged}/${s.pulled}`.padStart(7);
console.log(
  `\n${'edit→diagnostics over stdio'.padEnd(44)}   pull: median      min  unchanged` +
    `   push: median      min   engine: median      min  (ms)`,
);
const editRows: [string, EditStat, EditStat | undefined, Stat?][] = [
  ['seed: a character in a project', seedPull.project, seedPush.project],
  ['seed: a character in the summary table', seedPull.table, seedPush.table],
  ['seed: a character in the foreword', seedPull.foreword, seedPush.foreword],
  ...x10Pull.kinds.map(([name, st], i): [string, EditStat, EditStat | undefined, Stat?] => [
    `x10: ${name}`,
    st,
    x10Push.kinds[i]?.[1],
    x10Engine[i]?.[1],
  ]),
  ...x50Pull.kinds.map(([name, st]): [string, EditStat, undefined] => [
    `x50: ${name}`,
    st,
    undefined,
  ]),
];
for (const [name, pull, push, engine] of editRows) {
  const rest = `${push ? f(push) : ''}${engine ? `            ${f(engine)}` : ''}`;
  console.log(`${name.padEnd(44)}       ${f(pull)}    ${u(pull)}         ${rest}`);
}
const t = (name: string, x: TypingStat): string =>
  `${name.padEnd(44)} lag median ${x.median.toFixed(0)} ms, max ${x.max.toFixed(0)} ms, last ${x.last.toFixed(0)} ms; ${x.publishes} publishes for ${x.keys} keys`;
console.log(
  `\ntyping ${TYPING_KEYS} keys, one every ${TYPING_INTERVAL_MS} ms (a key's lag: until diagnostics reflect it)`,
);
console.log(t('x10 pull', x10Pull.typed));
console.log(t('x10 push', x10Push.typed));
console.log(t('x50 pull', x50Pull.typed));
const ms = (x: number): string => `${x.toFixed(0)} ms`;
console.log(
  `\nopen→first diagnostics over stdio (pull / push): seed ${ms(seedPull.open)} / ${ms(seedPush.open)},` +
    ` x10 ${ms(x10Pull.open)} / ${ms(x10Push.open)}, x50 ${ms(x50Pull.open)} (pull)`,
);
console.log(
  `server peak RSS (pull / push): x10 ${x10Pull.rss.toFixed(0)} / ${x10Push.rss.toFixed(0)} MB, x50 ${x50Pull.rss.toFixed(0)} MB (pull)`,
);
console.log(
  `cold check / remark+gfm parse of the same text: seed ${(cold.median / reference.remark_gfm.median).toFixed(2)}×, x10 ${(x10Cold.median / x10Remark.median).toFixed(2)}×`,
);
console.log(
  `x10 full report: ${floor.diagnostics} diagnostics, ${kb(floor.bytes)}; without duplicate-project ` +
    `${floorDistinct.diagnostics}, ${kb(floorDistinct.bytes)} (an edit that changes the report costs at least this)`,
);
console.log(
  `x50 full report: ${x50Floor.diagnostics} diagnostics sent of ${x50Floor.problems} problems ` +
    `(plancheck.maxNumberOfProblems), ${kb(x50Floor.bytes)}; without duplicate-project ` +
    `${x50FloorDistinct.diagnostics} of ${x50FloorDistinct.problems}, ${kb(x50FloorDistinct.bytes)}`,
);
for (const r of [x50Cli, x100Cli])
  console.log(
    `CLI check, ${r.projects} projects (${r.megabytes.toFixed(1)} MB): ${r.wall_ms.toFixed(0)} ms, peak RSS ${r.rss_mb.toFixed(0)} MB`,
  );
const mb = (x: number): string => x.toFixed(1);
console.log(
  `heap over ${memory.edits} edits of the x10 plan, after a full GC every 100: ` +
    `${memory.heap_mb.map(mb).join(', ')} MB (growth ${mb(memory.growth_mb)} MB)`,
);
console.log(
  'medians written to bench/results.json (edit keys: pull; "push": the same edits pushed)',
);
