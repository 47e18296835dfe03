// The local development plan (แผนพัฒนาท้องถิ่น): ยุทธศาสตร์ → แผนงาน → projects listed one per table
// row in the ผ.02 form, summed per แผนงาน and ยุทธศาสตร์ in the ผ.01 summary (count and budget per year).
import type { Profile } from './types.js';

export const development: Profile = {
  id: 'development',
  name: { th: 'แผนพัฒนาท้องถิ่น', en: 'local development plan' },
  types: [
    'development',
    'development-plan',
    'local-development-plan',
    'แผนพัฒนาท้องถิ่น',
    'แผนพัฒนา',
    'แผนพัฒนาท้องถิ่นห้าปี',
  ],
  levels: {
    group: { name: { th: 'ยุทธศาสตร์', en: 'strategy' }, words: ['ยุทธศาสตร์', 'strategy'] },
    subgroup: {
      name: { th: 'แผนงาน', en: 'programme' },
      words: ['แผนงาน', 'programme', 'program'],
    },
    project: { name: { th: 'โครงการ', en: 'project' }, words: ['โครงการ', 'project'] },
  },
  projects: 'table-rows',
  columns: [
    { key: 'number', name: { th: 'ที่', en: 'No.' }, headers: ['ที่', 'ลำดับ', 'ลำดับที่', 'no', 'no.'] },
    {
      key: 'name',
      name: { th: 'โครงการ', en: 'project' },
      headers: ['โครงการ', 'ชื่อโครงการ', 'project'],
    },
    {
      key: 'objective',
      name: { th: 'วัตถุประสงค์', en: 'objective' },
      headers: ['วัตถุประสงค์', 'objective'],
    },
    {
      key: 'target',
      name: { th: 'เป้าหมาย (ผลผลิตของโครงการ)', en: 'target (output)' },
      headers: ['เป้าหมาย', 'target', 'output'],
    },
    { key: 'kpi', name: { th: 'ตัวชี้วัด (KPI)', en: 'indicator (KPI)' }, headers: ['ตัวชี้วัด', 'kpi'] },
    {
      key: 'result',
      name: { th: 'ผลที่คาดว่าจะได้รับ', en: 'expected result' },
      headers: ['ผลที่คาดว่าจะได้รับ', 'ผลที่คาดว่าจะได้', 'expected result', 'result'],
    },
    {
      key: 'unit',
      name: { th: 'หน่วยงานรับผิดชอบหลัก', en: 'responsible unit' },
      headers: ['หน่วยงานรับผิดชอบ', 'หน่วยงาน', 'ผู้รับผิดชอบ', 'responsible'],
    },
  ],
  totals: {
    th: 'จำนวนโครงการและงบประมาณต่อปีและรวม 5 ปี ของแต่ละแผนงาน ยุทธศาสตร์ และรวมทั้งสิ้น ในบัญชีสรุป ผ.01',
    en: 'project count and budget per year and over 5 years, per แผนงาน, per strategy and overall, in the ผ.01 summary',
  },
};
