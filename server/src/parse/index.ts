// Entry point of the parser: Markdown text → typed plan model. (Being written; this stub keeps the contract.)
import type { Plan } from '../model/types.js';
import type { RequiredSection } from '../model/types.js';

/** Parses a plan. Never throws: unreadable parts become model fields that checks report. */
export function parsePlan(_text: string, _requiredSections?: RequiredSection[]): Plan {
  throw new Error('not yet written');
}
