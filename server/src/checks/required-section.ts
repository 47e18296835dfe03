// required-section: a project lacks one of the required sections (or any of its accepted aliases).
import { normalizeThai } from '../parse/thai.js';
import type { Project, RequiredSection, Position } from '../model/types.js';
import type { Check, Problem } from './types.js';
import { numberOf } from './util.js';

/** Reports, on the project heading, each required section the project does not have. */
export const check: Check = {
  meta: {
    id: 'required-section',
    description: {
      en: 'A project lacks a section the template requires (any accepted alias counts).',
      th: 'โครงการขาดหัวข้อที่แบบฟอร์มกำหนด (ใช้ชื่อหัวข้อแบบอื่นที่ยอมรับได้)',
    },
    defaultLevel: 'error',
    fixable: true,
    tags: ['structure'],
  },
  run({ plan, options }) {
    const problems: Problem[] = [];
    const required: Keyed[] = options.requiredSections.map((r) => ({
      ...r,
      keys: new Set([r.name, ...r.aliases].map(titleKey)),
    }));
    for (const p of plan.projects) {
      const have = sectionPositions(p, required);
      required.forEach((req, position) => {
        if (have.has(position)) return;
        const at = insertionPoint(plan.lines, p, have, position);
        const heading = `${'#'.repeat(Math.min(p.heading.level + 1, 6))} ${req.name}`;
        problems.push({
          range: p.heading.textRange,
          message: req.aliases.length
            ? {
                key: 'required-section.missing',
                args: { project: numberOf(p), section: req.name, aliases: req.aliases.join(', ') },
              }
            : {
                key: 'required-section.missing-no-alias',
                args: { project: numberOf(p), section: req.name },
              },
          data: {
            expected: req.name,
            position,
            fixes: [
              {
                title: { key: 'required-section.fix', args: { section: req.name } },
                edits: [{ range: { start: at.pos, end: at.pos }, newText: at.wrap(heading) }],
              },
            ],
          },
        });
      });
    }
    return problems;
  },
};

/** A comparable form of a section title: normalised, trailing colon and spaces removed. */
function titleKey(s: string): string {
  return normalizeThai(s)
    .replace(/[:：]\s*$/, '')
    .replace(/\s/g, '');
}

/** Template positions the project's sections satisfy, mapped to the section index that satisfies them. */
function sectionPositions(p: Project, required: Keyed[]): Map<number, number> {
  const have = new Map<number, number>();
  p.sections.forEach((s, si) => {
    const key = titleKey(s.title);
    required.forEach((req, position) => {
      if (have.has(position)) return;
      if (s.canonical === req.name || req.keys.has(key)) have.set(position, si);
    });
  });
  return have;
}

/** A required section with the comparable keys of its name and aliases. */
interface Keyed extends RequiredSection {
  keys: Set<string>;
}

/** Where a missing section goes: before the first present section that comes later in the template. */
function insertionPoint(
  lines: string[],
  p: Project,
  have: Map<number, number>,
  position: number,
): { pos: Position; wrap: (heading: string) => string } {
  let next: number | undefined;
  for (const [pos, si] of have) if (pos > position && (next === undefined || si < next)) next = si;
  const before = next !== undefined ? p.sections[next] : undefined;
  if (before) return { pos: { line: before.heading.line, character: 0 }, wrap: (h) => `${h}\n\n` };
  const end = p.range.end;
  const endText = lines[end.line] ?? '';
  return { pos: { line: end.line, character: endText.length }, wrap: (h) => `\n\n${h}\n` };
}
