// The default required project sections (NACC manual for plans 2566–2570) and the aliases real plans use.
import type { RequiredSection } from './types.js';

/** Required sections in template order; aliases are the variants seen in real plans. */
export const defaultRequiredSections: RequiredSection[] = [
  { name: 'หลักการและเหตุผล', aliases: ['หลักการและเหตุผล/ที่มาของโครงการ', 'ที่มาของโครงการ'] },
  { name: 'วัตถุประสงค์', aliases: [] },
  { name: 'กลุ่มเป้าหมาย', aliases: ['เป้าหมาย'] },
  { name: 'วิธีดำเนินการ', aliases: ['วิธีการดำเนินงาน', 'วิธีการดำเนินการ'] },
  { name: 'ระยะเวลาดำเนินการ', aliases: ['ระยะเวลาที่ดำเนินการ'] },
  { name: 'งบประมาณดำเนินการ', aliases: ['งบประมาณ'] },
  { name: 'ผู้รับผิดชอบโครงการ', aliases: ['ผู้รับผิดชอบ', 'หน่วยงานรับผิดชอบ'] },
  { name: 'ผลผลิต', aliases: [] },
  { name: 'ผลลัพธ์', aliases: ['ตัวชี้วัด/ผลลัพธ์', 'ผลที่คาดว่าจะได้รับ'] },
];

/** The canonical name of the budget section, whose content the parser reads as amounts. */
export const BUDGET_SECTION = 'งบประมาณดำเนินการ';
