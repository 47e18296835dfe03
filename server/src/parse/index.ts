// Entry point of the parser: text → line scan → Markdown blocks → plan model. Never throws.
import type { Heading, Plan, RequiredSection, SummaryTable } from '../model/types.js';
import { BUDGET_SECTION, defaultRequiredSections } from '../model/required-sections.js';
import { readBudget } from './budget.js';
import { parseFrontMatter } from './front-matter.js';
import { scanLines } from './lines.js';
import { parseBlocks, type BlockAst } from './markdown.js';
import { buildStructure } from './structure.js';
import { readSummaryTable, type FoundTable } from './table.js';

/** Parses a plan. Unreadable parts become model fields that checks report; it never throws. */
export function parsePlan(
  text: string,
  requiredSections: RequiredSection[] = defaultRequiredSections,
): Plan {
  const scan = scanLines(text);
  const { lines, kinds } = scan;
  const frontMatter = parseFrontMatter(lines, scan.frontMatter);
  const tables: FoundTable[] = [];
  const headingText = new Map<number, string>();
  const blockBody = new Map<number, string>();
  const asts = parseBlocks(scan.blocks.map((b) => lines.slice(b.startLine, b.endLine).join('\n')));
  scan.blocks.forEach((block, b) => {
    const ast = asts[b] as BlockAst;
    if (ast.heading !== undefined) headingText.set(block.startLine, ast.heading);
    blockBody.set(block.startLine, ast.normBody);
    for (const t of ast.tables) {
      const found = {
        startLine: t.startLine + block.startLine,
        endLine: t.endLine + block.startLine,
        rows: t.rows,
      };
      for (let l = found.startLine; l <= found.endLine; l++) kinds[l] = 'table';
      tables.push(found);
    }
  });
  const headings: Heading[] = scan.headings.map((h) => ({
    level: h.level,
    line: h.line,
    text: headingText.get(h.line) ?? lines[h.line]?.slice(h.textStart, h.textEnd) ?? '',
    range: {
      start: { line: h.line, character: 0 },
      end: { line: h.line, character: (lines[h.line] ?? '').length },
    },
    textRange: {
      start: { line: h.line, character: h.textStart },
      end: { line: h.line, character: h.textEnd },
    },
  }));
  const required = frontMatter.requiredSections ?? requiredSections;
  const rawText = (h: Heading): string =>
    (lines[h.line] ?? '').slice(h.textRange.start.character, h.textRange.end.character);
  const normBody = (h: Heading): string => blockBody.get(h.line) ?? '';
  const { dimensions, projects } = buildStructure(
    headings,
    rawText,
    normBody,
    lines,
    kinds,
    required,
  );

  let table: SummaryTable | undefined;
  for (const t of tables) {
    const read = readSummaryTable(t, lines);
    if (read) {
      table = read;
      break;
    }
  }
  if (frontMatter.years.length === 0 && table) {
    frontMatter.years = [...new Set(table.columns.years.map((y) => y.year))].sort((a, b) => a - b);
    const issue = frontMatter.issues.find((i) => i.key === 'years');
    const span = frontMatter.years;
    if (issue && span.length) issue.assumed = `${span[0]}-${span[span.length - 1]}`;
  }
  for (const project of projects) {
    const section = project.sections.find(
      (s) => s.canonical === BUDGET_SECTION || /^งบประมาณ/.test(s.normTitle),
    );
    if (!section) continue;
    const r = section.contentRange;
    const inside = tables.filter((t) => t.startLine >= r.start.line && t.endLine <= r.end.line);
    project.budget = readBudget(section.text, inside, frontMatter.years, r);
  }
  return {
    lines,
    lineKinds: kinds,
    frontMatter,
    headings,
    dimensions,
    projects,
    ...(table ? { table } : {}),
  };
}
