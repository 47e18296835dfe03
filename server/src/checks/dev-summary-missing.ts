// dev-summary-missing: a development plan without a ผ.01 summary cannot have its totals checked; the
// fix inserts the summary worked out from the ผ.02 lists, above the first ยุทธศาสตร์.
import type { Check, Problem } from './types.js';
import { developmentSummary } from '../model/development-summary.js';
import { summaryTableLines } from '../templates/development-summary.js';

/** Reports a development plan with ผ.02 lists and no ผ.01 table. */
export const check: Check = {
  meta: {
    id: 'dev-summary-missing',
    description: {
      en: 'A development plan has project lists (ผ.02) but no ผ.01 summary table.',
      th: 'แผนพัฒนามีบัญชีโครงการ (ผ.02) แต่ไม่มีบัญชีสรุป ผ.01',
    },
    defaultLevel: 'warning',
    fixable: true,
    tags: ['structure', 'development'],
    profiles: ['development'],
  },
  run({ plan }) {
    const dev = plan.development;
    if (!dev || dev.summary || dev.projects.length === 0) return [];
    const first = dev.strategies[0]?.heading ?? dev.programmes[0]?.heading;
    const firstLine = first?.line ?? dev.projects[0]?.table.range.start.line ?? 0;
    // Above the ผ.02 part's own heading, when it has one (รายละเอียดโครงการพัฒนา (แบบ ผ.02)).
    const part = plan.headings.filter(
      (h) => h.line < firstLine && /ผ\.?\s*0?2|รายละเอียดโครงการ/u.test(h.text),
    );
    const line = part[part.length - 1]?.line ?? firstLine;
    const text = [
      '## บัญชีสรุปโครงการพัฒนา (แบบ ผ.01)',
      '',
      ...summaryTableLines(developmentSummary(dev)),
      '',
      '',
    ].join('\n');
    const at = { line, character: 0 };
    const problem: Problem = {
      range: first?.textRange ?? { start: at, end: at },
      message: { key: 'dev-summary-missing.missing' },
      data: {
        fixes: [
          {
            title: { key: 'dev-summary-missing.fix' },
            edits: [{ range: { start: at, end: at }, newText: text }],
          },
        ],
      },
    };
    return [problem];
  },
};
