// A plan profile: the kind of plan a document is (anti-corruption action plan, local development plan),
// with the names of its levels, how its projects are listed and which columns a project row needs.
// The parser and the checks read these instead of hard-coding one plan's Thai words.
import type { Localized } from '../checks/types.js';

/** The profiles plancheck knows. */
export type ProfileId = 'anti-corruption' | 'development';

/** One level of a plan's hierarchy: its name in both languages and the words that open it. */
export interface Level {
  name: Localized;
  /** Words a heading or a table cell starts with at this level (`มิติ`, `ยุทธศาสตร์`). */
  words: string[];
}

/** A column that every project row of a table-listed profile must have. */
export interface ColumnSpec {
  /** Stable key used by the model and the checks. */
  key: 'number' | 'name' | 'objective' | 'target' | 'kpi' | 'result' | 'unit';
  /** The column's name on the official form, in both languages. */
  name: Localized;
  /** Header words that name this column (compared after normalisation, spaces removed). */
  headers: string[];
}

/** A plan profile. */
export interface Profile {
  id: ProfileId;
  /** The plan's name, in both languages. */
  name: Localized;
  /** Values of the front matter's `type:` that select this profile (compared normalised). */
  types: string[];
  /** The two group levels above projects, and the project level. */
  levels: { group: Level; subgroup: Level; project: Level };
  /** `sections`: one heading per project with sections below; `table-rows`: one table row per project. */
  projects: 'sections' | 'table-rows';
  /** For `table-rows`: the columns every project row needs (besides one per plan year). */
  columns: ColumnSpec[];
  /** The totals the plan prints, for documentation. */
  totals: Localized;
}
