// The anti-corruption action plan (แผนปฏิบัติการป้องกันการทุจริต), the NACC form: มิติ → ภารกิจ →
// numbered projects with required sections, and one summary table with totals per มิติ and overall.
import type { Profile } from './types.js';

export const antiCorruption: Profile = {
  id: 'anti-corruption',
  name: {
    th: 'แผนปฏิบัติการป้องกันการทุจริต',
    en: 'anti-corruption action plan',
  },
  types: ['plan', 'anti-corruption', 'anti-corruption-plan', 'แผนปฏิบัติการป้องกันการทุจริต'],
  levels: {
    group: {
      name: { th: 'มิติ', en: 'dimension' },
      words: ['มิติ', 'ยุทธศาสตร์', 'dimension', 'strategy'],
    },
    subgroup: { name: { th: 'ภารกิจ', en: 'mission' }, words: ['ภารกิจ', 'แผนงาน'] },
    project: { name: { th: 'โครงการ', en: 'project' }, words: ['โครงการ', 'กิจกรรม', 'มาตรการ'] },
  },
  projects: 'sections',
  columns: [],
  totals: {
    th: 'งบประมาณต่อปีของแต่ละมิติและรวมทั้งสิ้น ในตารางสรุป',
    en: 'budget per year of each dimension and overall, in the summary table',
  },
};
