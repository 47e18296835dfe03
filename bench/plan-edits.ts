// Every kind of edit the bench times on an N× plan (the list), each with its undo.
import {
  blockAt,
  deleteLine,
  enterAtEnd,
  locate,
  paste,
  replaceChar,
  typeChar,
  type Change,
} from './edits.js';

/** The middle part of the plan, where the projects are written out. */
export const PART3 = /^## ส่วนที่ 3/;

/** Every kind of edit the bench times on an N× plan, placed in its middle part. */
export function planEdits(text: string, times: number): [string, [Change, Change]][] {
  const k = times / 10;
  const project = locate(text, PART3, /^1\. เพื่อ/, 200 * k);
  const heading = (nth: number): number =>
    locate(text, PART3, /^#### [0-9]+\. ชื่อโครงการ/, nth).line;
  const renamed = heading(250 * k);
  const renamedEnd = { line: renamed, character: text.split('\n')[renamed]?.length ?? 0 };
  return [
    ['a character in a project', typeChar(project)],
    [
      'a budget digit in a project',
      replaceChar(text, locate(text, PART3, /^20,000 {2}บาท/, 5 * k), '3'),
    ],
    ['Enter in a project (lines move)', enterAtEnd(text, project)],
    ['Enter in the foreword (table moves)', enterAtEnd(text, locate(text, /^## คำนำ/, /ดังนั้น/))],
    ['a line deleted in a project', deleteLine(text, project.line)],
    ['a project pasted (lines move)', paste(renamed, blockAt(text, heading(100 * k), /^#{2,4} /))],
    ['a summary-table amount cell', typeChar(locate(text, /^\| มิติ/, /20,000/, 5 * k))],
    ['a project heading renamed', typeChar(renamedEnd)],
    [
      'a section heading deleted',
      deleteLine(text, locate(text, PART3, /^##### ผลลัพธ์/, 250 * k).line),
    ],
  ];
}
