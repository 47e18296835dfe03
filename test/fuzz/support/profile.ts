// The fuzzing profile: how many cases each property runs and from which seed, both from the environment,
// so that `npm test` runs a fast profile, `npm run fuzz` a long one, and any failure replays from its seed.
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';

/** Cases shared out among all properties when PLANCHECK_FUZZ_RUNS is not set (the `npm test` profile). */
export const DEFAULT_TOTAL_RUNS = 10_000;

function envInteger(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new Error(`${name} must be an integer, not "${raw}"`);
  return n;
}

/** Total cases across every property: PLANCHECK_FUZZ_RUNS, else DEFAULT_TOTAL_RUNS. */
export const TOTAL_RUNS = Math.max(1, envInteger('PLANCHECK_FUZZ_RUNS') ?? DEFAULT_TOTAL_RUNS);

/** The seed of the `npm test` profile. */
const FIXED_SEED = 20261125;

/**
 * The seed every property starts from: PLANCHECK_FUZZ_SEED; else a fresh one when PLANCHECK_FUZZ_RANDOM
 * is set (`npm run fuzz`, printed so it can be replayed); else a fixed one, so that `npm test` and CI
 * are reproducible and never fail on a case that the previous run did not try.
 */
export const SEED =
  envInteger('PLANCHECK_FUZZ_SEED') ??
  (process.env.PLANCHECK_FUZZ_RANDOM
    ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0
    : FIXED_SEED);

/** A counterexample path printed by fast-check, replayed directly (with its seed) when set. */
// PLANCHECK_FUZZ_DUMP=FILE writes a failing property's counterexample there as JSON.
const PATH = process.env.PLANCHECK_FUZZ_PATH || undefined;

/** Each property's share of the total; the shares add up to 1. */
export const SHARES = {
  // Cheap properties get many cases; a generated plan costs ~20 ms (mostly the Markdown parser).
  'arbitrary text': 0.57,
  'mutated real plans': 0.19,
  'generated plans': 0.04,
  'consistent plans': 0.05,
  'regenerated table': 0.03,
  'quick fixes': 0.03,
  'fix all': 0.06,
  'development plans': 0.03,
} as const;

/** A property's name in SHARES. */
export type PropertyName = keyof typeof SHARES;

/** Cases run per property in this process, for the closing summary. */
export const casesRun = new Map<string, number>();

/** Cases for one property: its share of the total (at least 1). */
export function runsFor(name: PropertyName): number {
  return Math.max(1, Math.round(TOTAL_RUNS * SHARES[name]));
}

/** fast-check parameters for one property: the shared seed, its number of runs, a replay path if given. */
export function params(name: PropertyName): fc.Parameters<unknown> {
  return {
    seed: SEED,
    numRuns: runsFor(name),
    ...(PATH ? { path: PATH } : {}),
    // The counterexample is printed with the seed and path to replay it.
    verbose: fc.VerbosityLevel.None,
  };
}

/** Runs a property with the profile's parameters, counts its cases, and on failure names how to replay it. */
export function check<T>(name: PropertyName, property: fc.IProperty<T>): void {
  const details = fc.check(property, params(name) as fc.Parameters<T>);
  casesRun.set(name, (casesRun.get(name) ?? 0) + details.numRuns);
  if (details.failed) {
    const dump = process.env.PLANCHECK_FUZZ_DUMP;
    if (dump) writeFileSync(dump, JSON.stringify(details.counterexample, null, 1));
    const error = details.errorInstance;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `${reason}\n${fc.defaultReportMessage(details) ?? 'Property failed'}\n` +
        `Replay: PLANCHECK_FUZZ_SEED=${details.seed}` +
        (details.counterexamplePath ? ` PLANCHECK_FUZZ_PATH=${details.counterexamplePath}` : '') +
        ` npm run test:fuzz`,
    );
  }
}

/** The slowest `analyze` call seen, with the size of its input. */
export const slowest = { ms: 0, chars: 0, property: '' };

/** Records one timed call. */
export function recordTime(property: string, ms: number, chars: number): void {
  if (ms > slowest.ms) Object.assign(slowest, { ms, chars, property });
}

/** The line printed once before the first property: profile and seed. */
export function banner(): string {
  return `fuzz: ${TOTAL_RUNS} cases in total, seed ${SEED} (replay: PLANCHECK_FUZZ_SEED=${SEED})`;
}

let announced = false;

/** Prints the profile once per process, before the first property runs. */
export function announce(): void {
  if (announced) return;
  announced = true;
  console.log(`      ${banner()}`);
}

/** The closing report: cases per property and the slowest analysis. */
export function report(): string {
  const rows = [...casesRun].map(([name, n]) => `${name} ${n}`);
  const total = [...casesRun.values()].reduce((a, b) => a + b, 0);
  return (
    `fuzz: ${total} cases (${rows.join(', ')}); seed ${SEED}; slowest analyze ` +
    `${slowest.ms.toFixed(1)} ms on ${slowest.chars} characters (${slowest.property || 'none'})`
  );
}
