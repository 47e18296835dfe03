// Section titles written as paragraphs, as a Word conversion leaves them: `**หลักการและเหตุผล**`,
// `1. หลักการและเหตุผล:`, `๑) วัตถุประสงค์ : เพื่อ…` (content may follow on the same line). Only a
// title naming a known section counts, so a numbered step inside วิธีดำเนินการ stays content.
import type { LineKinds } from '../model/line-kinds.js';
import type { Range, Section } from '../model/types.js';
import { LineHeading } from '../model/heading.js';
import { PlanSection } from '../model/section.js';
import { normalizeThai } from './thai.js';

/** How a section's title is written. */
export type SectionForm = NonNullable<Section['form']>;

interface TitleLine {
  form: SectionForm;
  /** The title as shown (markup, number and colon removed). */
  title: string;
  /** Where the title text is on the line. */
  from: number;
  to: number;
  /** Where the content on the same line starts (the line's length when there is none). */
  rest: number;
}

// `**title**`, `**1. title:**`, `1. **title**`, `__title__`, then optionally `:` and content.
const BOLD = /^(\s*(?:[0-9๐-๙]{1,2}[.)]\s*)?)(\*\*|__)(.+?)\2\s*(?:[:：]\s*)?/u;
// `1. title`, `๑) title :`, then content only after a colon.
const NUMBERED = /^(\s*[0-9๐-๙]{1,2}[.)]\s*)([^:：*_]+?)\s*(?:[:：]\s*|$)/u;

/** The title on a line of text, if it is written as one. */
function titleLine(text: string): TitleLine | null {
  const bold = BOLD.exec(text);
  if (bold) {
    const inner = bold[3] as string;
    const lead = (bold[1] as string).length + (bold[2] as string).length;
    const title = inner
      .replace(/\s*[:：]\s*$/, '')
      .replace(/^[0-9๐-๙]{1,2}[.)]\s*/, '')
      .trim();
    const from = lead + inner.indexOf(title);
    return { form: 'bold', title, from, to: from + title.length, rest: bold[0].length };
  }
  const numbered = NUMBERED.exec(text);
  if (!numbered) return null;
  const title = (numbered[2] as string).trim();
  const from = (numbered[1] as string).length;
  return { form: 'numbered', title, from, to: from + title.length, rest: numbered[0].length };
}

/** Options for finding paragraph titles in a stretch of a project. */
export interface TitleScan {
  lines: string[];
  kinds: LineKinds;
  /** First line to look at and the line after the last. */
  from: number;
  to: number;
  /** The level a section heading would have (the project's level + 1). */
  level: number;
  /** The canonical section a title names, or null. */
  canonical: (title: string) => string | null;
  /** The content of lines [from, to) as plain text. */
  textOf: (from: number, to: number) => string;
}

/** The sections whose titles are paragraphs in lines [from, to), in document order. */
export function paragraphSections(scan: TitleScan): Section[] {
  const { lines, kinds, from, to, level, canonical, textOf } = scan;
  const found: { line: number; t: TitleLine; canonical: string }[] = [];
  for (let l = from; l < to; l++) {
    if (kinds.get(l) !== 'text') continue;
    const t = titleLine(lines[l] ?? '');
    const name = t && canonical(t.title);
    if (t && name) found.push({ line: l, t, canonical: name });
  }
  return found.map(({ line, t, canonical: name }, k) => {
    const text = lines[line] ?? '';
    const end = found[k + 1]?.line ?? to;
    const heading = new LineHeading(level, t.title, line, t.rest, t.from, t.to);
    const sameLine = t.rest < text.trimEnd().length;
    const start = sameLine
      ? { line, character: t.rest }
      : { line: Math.min(line + 1, end), character: 0 };
    const last = Math.max(start.line, end - 1);
    const contentRange: Range = {
      start,
      end: { line: last, character: (lines[last] ?? '').length },
    };
    const body = [sameLine ? text.slice(t.rest).trim() : '', textOf(line + 1, end)]
      .filter(Boolean)
      .join('\n');
    const fields = {
      title: t.title,
      normTitle: normalizeThai(t.title),
      canonical: name,
      form: t.form,
      text: body,
      empty: body === '',
    };
    return new PlanSection(fields, heading, contentRange);
  });
}
