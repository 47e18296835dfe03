// plan-type: the front matter's `type:` names a known kind of plan. A plan without one whose tables are
// ผ.02 project lists is read as a development plan: this says so, and the fix writes the type.
import type { Check, Edit, Problem } from './types.js';
import { profiles } from '../profiles/index.js';

/** The `type:` value written by the fix for a detected development plan. */
const DEVELOPMENT_TYPE = 'แผนพัฒนาท้องถิ่น';

/** Reports a plan read by detection, or with a type no profile knows. */
export const check: Check = {
  meta: {
    id: 'plan-type',
    description: {
      en: 'The front matter does not say which kind of plan this is (type:), or names an unknown kind.',
      th: 'ส่วนหัวไม่ได้ระบุประเภทแผน (type:) หรือระบุประเภทที่ไม่รู้จัก',
    },
    defaultLevel: 'warning',
    fixable: true,
    tags: ['structure'],
    profiles: ['anti-corruption', 'development'],
  },
  run({ plan }) {
    const source = plan.profile?.source;
    const fm = plan.frontMatter;
    if (source === 'unknown-type') {
      const range = fm.keyRanges['type'] ?? fm.range;
      if (!range) return [];
      const known = profiles.map((p) => p.types.find((t) => /[\u0E00-\u0E7F]/.test(t)) ?? p.id);
      return [
        {
          range,
          message: {
            key: 'plan-type.unknown',
            args: { actual: fm.type ?? '', known: known.join(', ') },
          },
        },
      ];
    }
    if (source !== 'detected') return [];
    const first = fm.range?.start.line;
    const writable =
      !('type' in fm.data) &&
      !fm.issues.some((i) => i.kind === 'syntax' || i.kind === 'too-complex');
    const edit: Edit =
      first !== undefined
        ? {
            range: {
              start: { line: first + 1, character: 0 },
              end: { line: first + 1, character: 0 },
            },
            newText: `type: ${DEVELOPMENT_TYPE}\n`,
          }
        : {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            newText: `---\ntype: ${DEVELOPMENT_TYPE}\n---\n\n`,
          };
    const at = fm.range ?? {
      start: { line: 0, character: 0 },
      end: { line: 0, character: (plan.lines[0] ?? '').length },
    };
    const problem: Problem = {
      range: {
        start: at.start,
        end: { line: at.start.line, character: (plan.lines[at.start.line] ?? '').length },
      },
      message: { key: 'plan-type.detected' },
      // Only where a written type will be read: never into front matter that is not readable YAML.
      ...(writable
        ? {
            data: {
              fixes: [
                {
                  title: { key: 'plan-type.fix', args: { expected: DEVELOPMENT_TYPE } },
                  edits: [edit],
                },
              ],
            },
          }
        : {}),
    };
    return [problem];
  },
};
