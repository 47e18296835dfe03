// The engine alone on the bench's edits: the incremental analysis of each edited version (kept as the
// server keeps it, a LineDocument), with no conversion to diagnostics and nothing sent. Beside the same edits over stdio it shows what of an
// edit's time is the check and what is the report (docs/performance.md). Run in a child process with
// the server's V8 options (`engineRun`), so that the bench's own heap (remark's parse of the 10× plan)
// does not weigh on it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { analyze, defaultSettings, type Analysis } from '../server/src/engine.js';
import { SERVER_NODE_OPTIONS } from '../server/src/launch.js';
import { LineDocument } from '../server/src/line-document.js';
import { stat, type Change, type Stat } from './edits.js';
import { planEdits } from './plan-edits.js';
import { multiplyPlan } from './x10.js';

/** Each edit and its undo applied alternately `reps` + 2 times (two warm-up), the analysis timed. */
export function engineEdits(
  text: string,
  kinds: [string, [Change, Change]][],
  reps: number,
): [string, Stat][] {
  // The server's own document: an edit re-splits only the lines it touches, as over stdio.
  const document = new LineDocument('file:///bench/plan.md', 'markdown', 1, text);
  let analysis: Analysis = analyze(document.lines, defaultSettings);
  return kinds.map(([name, [change, undo]]) => {
    const xs: number[] = [];
    for (let i = 0; i < reps + 2; i++) {
      document.update([i % 2 === 0 ? change : undo], document.version + 1);
      const t0 = performance.now();
      analysis = analyze(document.lines, defaultSettings, analysis);
      if (i >= 2) xs.push(performance.now() - t0);
    }
    return [name, stat(xs)];
  });
}

/** The bench's edits of the seed multiplied `times` times, through the engine in a child process. */
export function engineRun(times: number, reps: number): [string, Stat][] {
  const self = fileURLToPath(import.meta.url);
  const args = [...SERVER_NODE_OPTIONS, '--import', 'tsx', self, '--run', `${times}`, `${reps}`];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`engine run failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as [string, Stat][];
}

const at = process.argv.indexOf('--run');
if (at >= 0) {
  // As the server does at start (server.ts).
  setFlagsFromString('--heap-growing-percent=25');
  const times = Number(process.argv[at + 1]);
  const reps = Number(process.argv[at + 2]);
  const seed = readFileSync(
    new URL('../samples/pok-noi-2566-2570.plan.md', import.meta.url),
    'utf8',
  );
  const text = multiplyPlan(seed, times);
  process.stdout.write(JSON.stringify(engineEdits(text, planEdits(text, times), reps)));
}
