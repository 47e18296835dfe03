// The front matter's `plancheck:` key: per-plan options that override the editor settings.
// Today one option: `checks: { <check id>: off|hint|warning|error }`.

/** A check level as written in front matter. */
type Level = 'off' | 'hint' | 'warning' | 'error';

const LEVELS: readonly string[] = ['off', 'hint', 'warning', 'error'] satisfies Level[];

/** The levels read, and the keys that could not be read (`plancheck`, `plancheck.checks.<id>`). */
export interface PlancheckKey {
  levels: Record<string, Level>;
  invalid: string[];
}

/** Reads `plancheck:`; unreadable parts are named in `invalid` and ignored, the rest still applies. */
export function readPlancheckKey(value: unknown): PlancheckKey {
  const levels: Record<string, Level> = {};
  const invalid: string[] = [];
  if (!isMap(value)) return { levels, invalid: ['plancheck'] };
  for (const [key, v] of Object.entries(value)) {
    if (key !== 'checks') invalid.push(`plancheck.${key}`);
    else if (!isMap(v)) invalid.push('plancheck.checks');
    else {
      for (const [id, level] of Object.entries(v)) {
        if (typeof level === 'string' && LEVELS.includes(level.trim()))
          levels[id] = level.trim() as Level;
        else invalid.push(`plancheck.checks.${id}`);
      }
    }
  }
  return { levels, invalid };
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
