// The CLI at district scale: `plancheck check` on the 50× and 100× seed (2,500 and 5,000 projects)
// in a child process, wall time and peak RSS (read at the child's exit). Part of `npm run bench`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { multiplyPlan } from './x10.js';

/** One CLI run: wall time and the child's peak resident set size. */
export interface CliRun {
  projects: number;
  megabytes: number;
  wall_ms: number;
  rss_mb: number;
}

/** Runs `plancheck check` once on the seed multiplied `times` times. */
export function cliRun(seed: string, times: number, cli: string): CliRun {
  const dir = mkdtempSync(join(tmpdir(), 'plancheck-bench-'));
  try {
    const file = join(dir, `x${times}.plan.md`);
    const text = multiplyPlan(seed, times);
    writeFileSync(file, text);
    // The child prints its peak RSS (kB) on stderr as it exits.
    const hook = join(dir, 'rss.cjs');
    writeFileSync(
      hook,
      "process.on('exit', () => process.stderr.write('\\nRSS_KB=' + process.resourceUsage().maxRSS + '\\n'));\n",
    );
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--require', hook, cli, 'check', file], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const wall = performance.now() - t0;
    const kb = Number(/RSS_KB=(\d+)/.exec(r.stderr ?? '')?.[1] ?? NaN);
    return {
      projects: 50 * times,
      megabytes: Buffer.byteLength(text) / 1e6,
      wall_ms: wall,
      rss_mb: kb / 1024,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
