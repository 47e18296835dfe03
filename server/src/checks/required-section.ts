// required-section: a project lacks one of the required sections (or any of its accepted aliases).
import type { Project, RequiredSection, Position } from '../model/types.js';
import type { Check, Problem } from './types.js';
import { numberOf } from './util.js';
import { escapeInline } from '../parse/escape.js';

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
    scope: 'project',
  },
  contextKey: ({ options }) => JSON.stringify(options.requiredSections),
  run({ plan, options, projects }) {
    const problems: Problem[] = [];
    const required = options.requiredSections;
    for (const p of projects ?? plan.projects) {
      const have = sectionPositions(p, required);
      required.forEach((req, position) => {
        // A name listed twice is one requirement: the first entry stands for it.
        if (have.has(position) || required.findIndex((r) => r.name === req.name) < position) return;
        const at = insertionPoint(plan.lines, p, have, position);
        const heading = titleLike(p, escapeInline(req.name), position);
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
            // In a code block or HTML comment that never closes a heading would not count: no fix.
            fixes: /^(?:code|comment)$/.test(plan.lineKinds.get(at.pos.line) ?? '')
              ? []
              : [
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

/** Template positions the project's sections satisfy (the parser matched names and aliases), mapped to the section index. */
function sectionPositions(p: Project, required: RequiredSection[]): Map<number, number> {
  const have = new Map<number, number>();
  p.sections.forEach((s, si) => {
    const position = required.findIndex((r) => r.name === s.canonical);
    if (position >= 0 && !have.has(position)) have.set(position, si);
  });
  return have;
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
  // After the project the heading goes at the start of the next line (or of a blank last line): that
  // line then reads differently, so the fix's stale-data check refuses to insert the heading twice.
  const end = p.range.end;
  if (end.line + 1 < lines.length)
    return { pos: { line: end.line + 1, character: 0 }, wrap: (h) => `${h}\n\n` };
  const endText = lines[end.line] ?? '';
  if (endText.trim() === '')
    return { pos: { line: end.line, character: 0 }, wrap: (h) => `${h}\n` };
  return { pos: { line: end.line, character: endText.length }, wrap: (h) => `\n\n${h}\n` };
}

/** A title for the missing section written like the project's others: heading, bold or numbered. */
function titleLike(p: Project, name: string, position: number): string {
  const forms = p.sections.map((s) => s.form);
  const form = forms.length && forms.every((f) => f === forms[0]) ? forms[0] : undefined;
  if (form === 'bold') return `**${name}**`;
  if (form === 'numbered') return `${position + 1}. ${name}:`;
  return `${'#'.repeat(Math.min(p.heading.level + 1, 6))} ${name}`;
}
