// Summary-preview models for the HTML and browser tests: one hostile model whose every piece of plan
// text is an injection attempt, and the seed plan's real model.
import { readFileSync } from 'node:fs';
import { analyze } from '../../server/src/engine.js';
import { buildSummaryTableModel } from '../../server/src/features/preview.js';
import type { SummaryTableModel } from '../../server/src/protocol.js';

/** The project name the issue asks to test with. */
export const IMG_NAME = '<img src=x onerror=alert(1)>';
/** A mission heading that tries to open a script. */
export const SCRIPT_MISSION = '1.1 <script>window.__pwned = "mission"</script>';
/** A dimension heading that tries to close the table and run a script. */
export const TABLE_DIMENSION = 'มิติที่ 1 </table><script>window.__pwned="dim"</script>';
/** A written cell that is a javascript: link. */
export const JS_WRITTEN = 'javascript:alert(document.domain)';
/** A written cell that is a Markdown javascript: link. */
export const JS_LINK_WRITTEN = '[คลิก](javascript:window.__pwned=1)';
/** A title that tries to break out of an attribute. */
export const ATTR_TITLE = '"><svg onload="window.__pwned=\'title\'">';
/** An organization with an iframe. */
export const IFRAME_ORG = "<iframe src='javascript:window.__pwned=2'></iframe>";
/** A check id with markup (check ids are ours, but nothing is trusted). */
export const BOLD_CHECK = '<b onmouseover=alert(1)>x</b>';

/** Every hostile string above, for "shows literally" assertions. */
export const HOSTILE_TEXTS = [
  IMG_NAME,
  SCRIPT_MISSION,
  TABLE_DIMENSION,
  ATTR_TITLE,
  IFRAME_ORG,
  BOLD_CHECK,
];

const cell = (amount: string | null) => ({ amount });

/** A hand-built model with hostile text in every text field and disagreeing written cells. */
export function hostileModel(): SummaryTableModel {
  return {
    uri: 'file:///plans/%3Cscript%3E.plan.md',
    version: 3,
    title: ATTR_TITLE,
    organization: IFRAME_ORG,
    years: [2566, 2567],
    hasWrittenTable: true,
    groups: [
      {
        dimension: { text: TABLE_DIMENSION, line: 20 },
        rows: [
          {
            number: 1,
            name: IMG_NAME,
            line: 24,
            mission: { text: SCRIPT_MISSION, line: 22 },
            inTable: true,
            years: [
              {
                amount: '10000.00',
                written: { text: '<script>window.__pwned=3</script>', amount: null },
              },
              { amount: '20000.50', written: { text: JS_WRITTEN, amount: null } },
            ],
            total: { amount: '30000.50', written: { text: '35,000', amount: '35000.00' } },
          },
          {
            number: 2,
            name: '</td></tr></table><img src=x onerror="window.__pwned=4">',
            line: 40,
            mission: { text: SCRIPT_MISSION, line: 22 },
            inTable: false,
            years: [
              cell(null),
              { amount: '0.00', written: { text: JS_LINK_WRITTEN, amount: null } },
            ],
            total: cell('0.00'),
          },
        ],
        subtotal: {
          count: 2,
          writtenCount: 3,
          line: 12,
          years: [cell('10000.00'), { amount: '20000.50', written: { text: '', amount: null } }],
          total: cell('30000.50'),
        },
      },
    ],
    grandTotal: {
      count: 2,
      line: 13,
      years: [cell('10000.00'), cell('20000.50')],
      total: cell('30000.50'),
    },
    health: {
      errors: 2,
      warnings: 1,
      hints: 0,
      checks: [
        { id: BOLD_CHECK, errors: 2, warnings: 0, hints: 0 },
        { id: 'placeholder-text', errors: 0, warnings: 1, hints: 0 },
      ],
    },
  };
}

/** The seed plan's model, as the server computes it. */
export function seedModel(): SummaryTableModel {
  const text = readFileSync('samples/pok-noi-2566-2570.plan.md', 'utf8');
  return buildSummaryTableModel(analyze(text), 'file:///samples/pok-noi-2566-2570.plan.md', 1);
}
