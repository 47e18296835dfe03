// Recognises dimension, mission and project headings by their text, with the ranges of their numbers and names.
import { plainName } from './escape.js';
import { readInteger } from './thai.js';
import { antiCorruption } from '../profiles/anti-corruption.js';

/** A span inside the heading's raw text: [start, end) columns relative to the text start. */
export type Span = [number, number];

/** A recognised dimension heading (`มิติที่ 1 …`, `Dimension 1`). */
export interface DimensionMatch {
  number: number | null;
  numberSpan: Span;
  title: string;
}

/** A recognised mission heading (`1.1 …`). */
export interface MissionMatch {
  dimensionNumber: number | null;
  number: number | null;
  numberSpan: Span;
  title: string;
}

/** A recognised project heading (`1. …`, `โครงการที่ 1 …`), with a `ชื่อโครงการ :` label removed. */
export interface ProjectMatch {
  number: number | null;
  numberSpan: Span;
  name: string;
  nameSpan: Span;
}

const D = '[0-9\\u0E50-\\u0E59]+';
const MARK = '[*_\\s]*';
// The level words come from the profile (มิติ/ยุทธศาสตร์, ภารกิจ/แผนงาน, โครงการ/กิจกรรม/มาตรการ).
const words = (ws: readonly string[]): string => ws.join('|');
const { group, subgroup, project } = antiCorruption.levels;
const DIMENSION = new RegExp(
  `^${MARK}(?:(?:${words(group.words)})(?:ที่)?)${MARK}(${D})${MARK}[.:)]?\\s*(.*)$`,
  'iud',
);
const MISSION = new RegExp(
  `^${MARK}(?:(?:${words(subgroup.words)})(?:ที่)?\\s*)?(${D})\\.(${D})\\.?(?=[\\s*_]|$)${MARK}(.*)$`,
  'ud',
);
const PROJECT = new RegExp(
  `^${MARK}(?:(?:${words(project.words)})ที่\\s*(${D})|(${D})\\s*[.)](?![0-9\\u0E50-\\u0E59]))${MARK}(.*)$`,
  'ud',
);
const NAME_LABEL = /^ชื่อ(?:โครงการ|กิจกรรม|มาตรการ)?(?:\/(?:กิจกรรม|มาตรการ))*\s*[:：]?\s*/u;

/** Strips emphasis markers and trailing spaces from a captured title. */
function cleanTitle(s: string): string {
  return plainName(s);
}

/** Reads a dimension heading, or null. */
export function matchDimension(raw: string): DimensionMatch | null {
  const m = DIMENSION.exec(raw);
  const idx = m?.indices?.[1];
  if (!m || !idx) return null;
  return {
    number: readInteger(m[1] ?? ''),
    numberSpan: [idx[0], idx[1]],
    title: cleanTitle(m[2] ?? ''),
  };
}

/** Reads a mission heading (`D.M title`), or null. */
export function matchMission(raw: string): MissionMatch | null {
  const m = MISSION.exec(raw);
  const a = m?.indices?.[1];
  const b = m?.indices?.[2];
  if (!m || !a || !b) return null;
  return {
    dimensionNumber: readInteger(m[1] ?? ''),
    number: readInteger(m[2] ?? ''),
    numberSpan: [a[0], b[1]],
    title: cleanTitle(m[3] ?? ''),
  };
}

/** Reads a project heading, or null. */
export function matchProject(raw: string): ProjectMatch | null {
  const m = PROJECT.exec(raw);
  const idx = m?.indices?.[1] ?? m?.indices?.[2];
  const rest = m?.indices?.[3];
  if (!m || !idx || !rest) return null;
  const restText = m[3] ?? '';
  const label = NAME_LABEL.exec(restText.replace(/^[*_]+/, ''));
  const lead = (/^[*_]+/.exec(restText)?.[0].length ?? 0) + (label?.[0].length ?? 0);
  let nameStart = rest[0] + lead;
  let nameEnd = rest[1];
  while (nameEnd > nameStart && /[\s*_]/.test(raw[nameEnd - 1] ?? '')) nameEnd--;
  while (nameStart < nameEnd && /[\s*_]/.test(raw[nameStart] ?? '')) nameStart++;
  return {
    number: readInteger(m[1] ?? m[2] ?? ''),
    numberSpan: [idx[0], idx[1]],
    name: cleanTitle(raw.slice(nameStart, nameEnd)),
    nameSpan: [nameStart, nameEnd],
  };
}
