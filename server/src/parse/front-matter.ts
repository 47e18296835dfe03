// Front matter: YAML read with the `yaml` library, resolved to plan settings with ranges for every key.
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { FrontMatter, FrontMatterIssue, Range, RequiredSection } from '../model/types.js';
import { readInteger, thaiDigitsToArabic } from './thai.js';
import { readPlancheckKey } from './plan-options.js';
import { readLanguageChoice } from '../i18n/plan-language.js';

const DEFAULT_CURRENCY = 'บาท';

/** Reads `years:`: a range `2566-2570`, a list `[2566, 2567]`, or one year. Null when unreadable. */
export function readYears(value: unknown): number[] | null {
  if (typeof value === 'number' && Number.isInteger(value)) return plausible([value]);
  if (Array.isArray(value)) {
    const ys = value.map((v) => (typeof v === 'number' ? v : readInteger(String(v))));
    return ys.every((y): y is number => y !== null) ? plausible(ys) : null;
  }
  if (typeof value !== 'string') return null;
  const t = thaiDigitsToArabic(value).trim();
  const range = /^(\d{4})\s*[-–—]\s*(\d{4})$/.exec(t);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (to < from || to - from > 30) return null;
    return plausible(Array.from({ length: to - from + 1 }, (_, k) => from + k));
  }
  const list = t.split(/\s*,\s*/).map((y) => readInteger(y));
  return list.every((y): y is number => y !== null) ? plausible(list) : null;
}

/** Buddhist-era years only, sorted and without duplicates. */
function plausible(years: number[]): number[] | null {
  if (years.length === 0 || years.some((y) => y < 2400 || y > 2700)) return null;
  return [...new Set(years)].sort((a, b) => a - b);
}

/** Reads `required-sections:`: a list of names or `{name, aliases}` objects. */
function readRequiredSections(value: unknown): RequiredSection[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const out: RequiredSection[] = [];
  for (const v of value) {
    if (typeof v === 'string' && v.trim()) out.push({ name: v.trim(), aliases: [] });
    else if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') {
      const aliases = (v as { aliases?: unknown }).aliases;
      out.push({
        name: (v as { name: string }).name,
        aliases: Array.isArray(aliases)
          ? aliases.filter((a): a is string => typeof a === 'string')
          : [],
      });
    } else return null;
  }
  return out;
}

/** Parses the front matter lines (between the fences) into plan settings. */
export function parseFrontMatter(
  lines: string[],
  span: { startLine: number; endLine: number } | undefined,
): FrontMatter {
  const firstLine: Range = {
    start: { line: 0, character: 0 },
    end: { line: 0, character: (lines[0] ?? '').length },
  };
  const base: FrontMatter = {
    present: false,
    data: {},
    years: [],
    currency: DEFAULT_CURRENCY,
    keyRanges: {},
    issues: [],
  };
  if (!span) {
    base.issues.push({ key: 'front-matter', kind: 'absent', range: firstLine });
    return base;
  }
  const bodyStart = span.startLine + 1;
  const body = lines.slice(bodyStart, span.endLine - 1);
  const fm: FrontMatter = {
    ...base,
    present: true,
    range: {
      start: { line: span.startLine, character: 0 },
      end: { line: span.endLine - 1, character: (lines[span.endLine - 1] ?? '').length },
    },
  };
  const doc = safeParse(body.join('\n'));
  if (!doc) {
    fm.issues.push({ key: 'yaml', kind: 'too-complex', range: fm.range ?? firstLine });
    resolveKeys(fm, firstLine);
    return fm;
  }
  // Offsets are mapped with the body's own line starts: yaml's LineCounter misses line breaks inside
  // some tokens (a NUL before a newline), which put positions past the end of their line.
  const starts: number[] = [];
  body.reduce((offset, l) => (starts.push(offset), offset + l.length + 1), 0);
  const position = (offset: number): Range['start'] => {
    let line = 0;
    while (line + 1 < starts.length && (starts[line + 1] ?? Infinity) <= offset) line++;
    const length = (body[line] ?? '').length;
    return { line: bodyStart + line, character: Math.min(offset - (starts[line] ?? 0), length) };
  };
  const toRange = (from: number, to: number): Range => ({
    start: position(from),
    end: position(to),
  });
  const firstError = doc.errors[0];
  const data = firstError ? undefined : safeData(doc);
  if (firstError && TOO_DEEP.test(firstError.message)) {
    fm.issues.push({ key: 'yaml', kind: 'too-complex', range: fm.range ?? firstLine });
  } else if (firstError) {
    const [from, to] = firstError.pos;
    fm.issues.push({
      key: 'yaml',
      kind: 'syntax',
      range: toRange(from, Math.max(to, from)),
      detail: firstError.message.split('\n')[0] ?? '',
    });
  } else if (data === TOO_COMPLEX) {
    fm.issues.push({ key: 'yaml', kind: 'too-complex', range: fm.range ?? firstLine });
  } else if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (!key) continue;
      const node = (pair.value ?? pair.key) as Node;
      if (node.range) fm.keyRanges[key] = toRange(node.range[0], node.range[1]);
    }
    fm.data = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } else if (doc.contents !== null && !isSeq(doc.contents)) {
    fm.issues.push({
      key: 'yaml',
      kind: 'syntax',
      range: fm.range ?? firstLine,
      detail: 'not a mapping',
    });
  }
  resolveKeys(fm, firstLine);
  return fm;
}

// Hostile YAML: aliases that expand without bound (a "billion laughs" bomb) or nesting deeper than
// the stack. Either is reported as front matter too complex to read, never thrown.
const TOO_COMPLEX = Symbol('too complex');
const TOO_DEEP = /call stack|too much recursion/i;
const MAX_ALIASES = 100;

/** The parsed document, or undefined when even parsing it overflows. */
function safeParse(text: string): Document | undefined {
  try {
    return parseDocument(text, { prettyErrors: false });
  } catch {
    return undefined;
  }
}

/** The document's data, or TOO_COMPLEX when its aliases expand too far or it nests too deeply. */
function safeData(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    return TOO_COMPLEX;
  }
}

/** Fills the typed fields from `data` and records missing or invalid keys. */
function resolveKeys(fm: FrontMatter, fallback: Range): void {
  const at = (key: string): Range => fm.keyRanges[key] ?? fm.range ?? fallback;
  const issue = (i: FrontMatterIssue): void => void fm.issues.push(i);
  const str = (key: string): string | undefined => {
    const v = fm.data[key];
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v === 'string' || typeof v === 'number') return String(v).trim();
    issue({ key, kind: 'invalid', range: at(key) });
    return undefined;
  };
  const syntaxBroken = fm.issues.some((i) => i.kind === 'syntax' || i.kind === 'too-complex');
  fm.type = str('type');
  fm.title = str('title');
  fm.organization = str('organization');
  fm.currency = str('currency') ?? DEFAULT_CURRENCY;
  const lang = str('lang');
  if (lang !== undefined) {
    const code = readLanguageChoice(lang);
    if (code === 'th' || code === 'en') fm.lang = code;
    else if (code !== 'auto') issue({ key: 'lang', kind: 'invalid', range: at('lang') });
  }
  if (syntaxBroken) return;
  if (!('title' in fm.data)) issue({ key: 'title', kind: 'missing', range: at('title') });
  if (!('organization' in fm.data))
    issue({ key: 'organization', kind: 'missing', range: at('organization') });
  if (!('years' in fm.data)) issue({ key: 'years', kind: 'missing', range: at('years') });
  else {
    const years = readYears(fm.data.years);
    if (years) fm.years = years;
    else issue({ key: 'years', kind: 'invalid', range: at('years') });
  }
  if ('required-sections' in fm.data) {
    const rs = readRequiredSections(fm.data['required-sections']);
    if (rs) fm.requiredSections = rs;
    else issue({ key: 'required-sections', kind: 'invalid', range: at('required-sections') });
  }
  if ('plancheck' in fm.data) {
    const { levels, invalid } = readPlancheckKey(fm.data.plancheck);
    fm.checkLevels = levels;
    for (const key of invalid) issue({ key, kind: 'invalid', range: at('plancheck') });
  }
}
