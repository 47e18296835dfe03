// A project section in plan Markdown: its heading and one heading per required section, with example text.
import type { RequiredSection } from '../model/types.js';
import { BUDGET_SECTION, defaultRequiredSections } from '../model/required-sections.js';
import { normalizeThai } from '../parse/thai.js';
import { otherSectionText, type ExampleProject } from './examples.js';

/** Where and how to write a project. */
export interface ProjectLayout {
  /** The number written in the heading (already in the plan's digits). */
  number: string;
  /** Heading levels of the project and of its sections (1–6). */
  projectLevel: number;
  sectionLevel: number;
}

/** The project's Markdown lines (heading, then each section heading, blank line, text), no trailing blank. */
export function projectLines(
  example: ExampleProject,
  required: RequiredSection[],
  layout: ProjectLayout,
): string[] {
  const lines = [`${'#'.repeat(layout.projectLevel)} ${layout.number}. ${example.name}`];
  for (const section of required) {
    lines.push('', `${'#'.repeat(layout.sectionLevel)} ${section.name}`, '');
    lines.push(...sectionText(example, section).split('\n'));
  }
  return lines;
}

/** The example text for a required section: the budget line, the example's text, or a generic sentence. */
function sectionText(example: ExampleProject, section: RequiredSection): string {
  if (isBudgetSection(section)) return example.budget;
  const names = new Set([section.name, ...section.aliases].map(normalizeThai));
  const known = defaultRequiredSections.find((d) =>
    [d.name, ...d.aliases].some((n) => names.has(normalizeThai(n))),
  );
  return (known && example.sections[known.name]) ?? otherSectionText(section.name);
}

/** True for the section the parser reads amounts from (as parse/index.ts decides). */
function isBudgetSection(section: RequiredSection): boolean {
  return section.name === BUDGET_SECTION || /^งบประมาณ/.test(normalizeThai(section.name));
}
