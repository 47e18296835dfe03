// The engine alone on the bench's edits: the incremental analysis of each edited version in this
// process, with no conversion to diagnostics and nothing sent. Beside the same edits over stdio it
// shows what of an edit's time is the check and what is the report (docs/performance.md).
import { analyze, defaultSettings, type Analysis } from '../server/src/engine.js';
import { stat, type Change, type Stat } from './edits.js';

/** `lines` with one change applied, keeping the untouched lines (as the server's documents do). */
export function applyChange(lines: readonly string[], { range, text }: Change): string[] {
  const { start, end } = range;
  const before = (lines[start.line] ?? '').slice(0, start.character);
  const after = (lines[end.line] ?? '').slice(end.character);
  const middle = `${before}${text}${after}`.split('\n');
  return [...lines.slice(0, start.line), ...middle, ...lines.slice(end.line + 1)];
}

/** Each edit and its undo applied alternately `reps` + 2 times (two warm-up), the analysis timed. */
export function engineEdits(
  text: string,
  kinds: [string, [Change, Change]][],
  reps: number,
): [string, Stat][] {
  let lines = text.split('\n');
  let analysis: Analysis = analyze(lines, defaultSettings);
  return kinds.map(([name, [change, undo]]) => {
    const xs: number[] = [];
    for (let i = 0; i < reps + 2; i++) {
      lines = applyChange(lines, i % 2 === 0 ? change : undo);
      const t0 = performance.now();
      analysis = analyze(lines, defaultSettings, analysis);
      if (i >= 2) xs.push(performance.now() - t0);
    }
    return [name, stat(xs)];
  });
}
