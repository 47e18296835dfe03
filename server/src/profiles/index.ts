// Which profile a plan is read with: the front matter's `type:` says so; without one, a plan whose
// tables are ผ.02 project lists is read as a development plan (and the `plan-type` check says to write
// the type); anything else is an anti-corruption plan, the default.
import type { PlanProfile } from '../model/types.js';
import { normalizeThai } from '../parse/thai.js';
import { antiCorruption } from './anti-corruption.js';
import { development } from './development.js';
import type { ColumnSpec, Profile, ProfileId } from './types.js';

export type { Profile, ProfileId, ColumnSpec } from './types.js';

/** Every profile, the default first. */
export const profiles: readonly Profile[] = [antiCorruption, development];

const byId = new Map<ProfileId, Profile>(profiles.map((p) => [p.id, p]));

/** The profile with this id. */
export function profileById(id: ProfileId): Profile {
  return byId.get(id) ?? antiCorruption;
}

/** A comparable form of a type or header word: normalised, lower case, without spaces. */
export function wordKey(s: string): string {
  return normalizeThai(s).toLowerCase().replace(/\s+/g, '');
}

/** The profile a `type:` value names, or undefined when it names none. */
export function profileOfType(type: string): Profile | undefined {
  const key = wordKey(type);
  return profiles.find((p) => p.types.some((t) => wordKey(t) === key));
}

/** The column spec a header text names under `profile`, or undefined. */
export function columnOf(profile: Profile, header: string): ColumnSpec | undefined {
  const key = wordKey(header).replace(/\(.*$/, '');
  if (key === '') return undefined;
  // The longest matching header word wins (`ผลที่คาดว่าจะได้รับ` before `result`).
  let best: { spec: ColumnSpec; len: number } | undefined;
  for (const spec of profile.columns) {
    for (const h of spec.headers) {
      const w = wordKey(h);
      const hit = spec.key === 'number' ? key === w : key.startsWith(w);
      if (hit && (!best || w.length > best.len)) best = { spec, len: w.length };
    }
  }
  return best?.spec;
}

/** True when a table header reads as a ผ.02 project list: project, objective and indicator columns. */
export function isProjectListHeader(header: readonly string[]): boolean {
  const keys = new Set(header.map((h) => columnOf(development, h)?.key));
  return keys.has('name') && keys.has('objective') && keys.has('kpi');
}

/** Chooses the profile: by `type:`, else by the plan's tables, else the default. */
export function choosePlanProfile(
  type: string | undefined,
  tableHeaders: readonly (readonly string[])[],
): PlanProfile {
  // `type: plan` says only that the file is a plan, not which kind: the tables decide.
  if (type !== undefined && wordKey(type) !== 'plan') {
    const p = profileOfType(type);
    if (p) return { id: p.id, source: 'type' };
    return { id: antiCorruption.id, source: 'unknown-type' };
  }
  if (tableHeaders.some(isProjectListHeader)) return { id: development.id, source: 'detected' };
  return { id: antiCorruption.id, source: 'default' };
}
