// Memory between edits: 1,000 edits of the 10× plan through the incremental engine (a character, an
// Enter, a table cell, a pasted project, each applied and undone), the heap measured after a full
// garbage collection every 100 edits. What the engine keeps across versions must not grow with the
// number of edits. Run in a child process with --expose-gc (`memoryRun`); part of `npm run bench`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, defaultSettings, type Analysis } from '../server/src/engine.js';
import { multiplyPlan } from './x10.js';

/** The heap after each 100 edits, and how much it grew from the first sample to the last. */
export interface MemoryRun {
  edits: number;
  /** Heap used after a full GC, MB, every 100 edits (the first after the first 100). */
  heap_mb: number[];
  /** Last sample minus first, MB. */
  growth_mb: number;
}

const EDITS = 1000;
const EVERY = 100;

/** One edit of the lines and its undo, chosen by the edit's number. */
function edit(lines: string[], n: number, at: Record<'project' | 'table' | 'paste', number>) {
  const out = lines.slice();
  const undo = n % 2 === 1;
  switch ((n >> 1) % 4) {
    case 0: // a character typed in a project's text
      out[at.project] = undo ? (out[at.project] ?? '').slice(1) : `ก${out[at.project] ?? ''}`;
      break;
    case 1: // Enter in a project: every later line moves
      if (undo) out.splice(at.project + 1, 1);
      else out.splice(at.project + 1, 0, '');
      break;
    case 2: // a summary-table amount cell
      out[at.table] = undo
        ? (out[at.table] ?? '').replace('| 1', '|')
        : (out[at.table] ?? '').replace('|', '| 1');
      break;
    default: {
      // a project pasted (the lines of the first project after `paste`), then deleted
      const block = lines.slice(at.paste, at.paste + 40);
      if (undo) out.splice(at.project, 40);
      else out.splice(at.project, 0, ...block);
    }
  }
  return out;
}

/** Runs the edits in this process (started with --expose-gc) and prints the samples as JSON. */
function main(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const seed = readFileSync(
    new URL('../samples/pok-noi-2566-2570.plan.md', import.meta.url),
    'utf8',
  );
  let lines = multiplyPlan(seed, 10).split('\n');
  const find = (re: RegExp, from = 0) => lines.findIndex((l, i) => i >= from && re.test(l));
  const part3 = find(/^## ส่วนที่ 3/);
  const at = {
    project: find(/^1\. เพื่อ/, find(/^#### 250\./, part3)),
    table: find(/^\|.*[0-9]+\s*\./) + 5,
    paste: find(/^#### [0-9]+\./, part3),
  };
  let analysis: Analysis = analyze(lines, defaultSettings);
  const heap: number[] = [];
  for (let n = 0; n < EDITS; n++) {
    lines = edit(lines, n, at);
    analysis = analyze(lines, defaultSettings, analysis);
    if ((n + 1) % EVERY === 0) {
      gc();
      heap.push(process.memoryUsage().heapUsed / 2 ** 20);
    }
  }
  const run: MemoryRun = {
    edits: EDITS,
    heap_mb: heap,
    growth_mb: (heap.at(-1) ?? 0) - (heap[0] ?? 0),
  };
  process.stdout.write(JSON.stringify(run));
}

/** Runs `main` in a child process with --expose-gc. */
export function memoryRun(): MemoryRun {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, '--run'], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`memory run failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as MemoryRun;
}

if (process.argv.includes('--run')) main();
