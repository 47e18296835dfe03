// Messages of the development-plan checks (profile `development`, ผ.01/ผ.02) and of `plan-type`.
// `{row}` is the ผ.01 row as written (`1.1 แผนงานเคหะและชุมชน`, `รวม ยุทธศาสตร์ที่ 1`, `รวมทั้งสิ้น`).

export const developmentMessages = {
  'plan-type.detected': {
    en: 'This plan is read as a local development plan because its tables are ผ.02 project lists. Write "type: แผนพัฒนาท้องถิ่น" in the front matter to say so.',
    th: 'แผนนี้ถูกอ่านเป็นแผนพัฒนาท้องถิ่น เพราะตารางเป็นบัญชีโครงการแบบ ผ.02 กรุณาเขียน "type: แผนพัฒนาท้องถิ่น" ในส่วนหัว (front matter) เพื่อยืนยัน',
  },
  'plan-type.unknown': {
    en: 'The plan type "{actual}" is not known, so the plan is checked as an anti-corruption plan. Known types: {known}.',
    th: 'ไม่รู้จักประเภทแผน "{actual}" จึงตรวจเป็นแผนปฏิบัติการป้องกันการทุจริต ประเภทที่รู้จัก: {known}',
  },
  'plan-type.fix': {
    en: 'Write type: {expected}',
    th: 'เขียน type: {expected}',
  },

  'dev-count.programme': {
    en: 'ผ.01, {row}: the {year} project count is {actual}, but in ผ.02 {expected} of this แผนงาน’s projects have a budget in {year}.',
    th: 'ผ.01 {row}: จำนวนโครงการปี {year} เขียนไว้ {actual} แต่ ผ.02 มี {expected} โครงการของแผนงานนี้ที่ใช้งบประมาณปี {year}',
  },
  'dev-count.strategy': {
    en: 'ผ.01, {row}: the {year} project count is {actual}, but the แผนงาน rows of this strategy add up to {expected}.',
    th: 'ผ.01 {row}: จำนวนโครงการปี {year} เขียนไว้ {actual} แต่แผนงานของยุทธศาสตร์นี้รวมกันได้ {expected}',
  },
  'dev-count.plan': {
    en: 'ผ.01, {row}: the {year} project count is {actual}, but all แผนงาน rows add up to {expected}.',
    th: 'ผ.01 {row}: จำนวนโครงการปี {year} เขียนไว้ {actual} แต่ทุกแผนงานรวมกันได้ {expected}',
  },
  'dev-count.fix': { en: 'Write {expected}', th: 'แก้เป็น {expected}' },

  'dev-budget.programme': {
    en: 'ผ.01, {row}: the {year} budget is {actual} baht, but the ผ.02 projects of this แผนงาน add up to {expected} baht in {year}.',
    th: 'ผ.01 {row}: งบประมาณปี {year} เขียนไว้ {actual} บาท แต่โครงการของแผนงานนี้ใน ผ.02 รวมกันได้ {expected} บาท',
  },
  'dev-budget.strategy': {
    en: 'ผ.01, {row}: the {year} budget is {actual} baht, but the แผนงาน rows of this strategy add up to {expected} baht.',
    th: 'ผ.01 {row}: งบประมาณปี {year} เขียนไว้ {actual} บาท แต่แผนงานของยุทธศาสตร์นี้รวมกันได้ {expected} บาท',
  },
  'dev-budget.plan': {
    en: 'ผ.01, {row}: the {year} budget is {actual} baht, but all แผนงาน rows add up to {expected} baht.',
    th: 'ผ.01 {row}: งบประมาณปี {year} เขียนไว้ {actual} บาท แต่ทุกแผนงานรวมกันได้ {expected} บาท',
  },
  'dev-budget.fix': { en: 'Write {expected}', th: 'แก้เป็น {expected}' },

  'dev-five-year.count': {
    en: 'ผ.01, {row}: the project count over all years (รวม) is {actual}, but the years {span} add up to {expected}.',
    th: 'ผ.01 {row}: จำนวนโครงการรวมทุกปี เขียนไว้ {actual} แต่ปี {span} รวมกันได้ {expected}',
  },
  'dev-five-year.amount': {
    en: 'ผ.01, {row}: the budget over all years (รวม) is {actual} baht, but the years {span} add up to {expected} baht.',
    th: 'ผ.01 {row}: งบประมาณรวมทุกปี เขียนไว้ {actual} บาท แต่ปี {span} รวมกันได้ {expected} บาท',
  },
  'dev-five-year.fix': { en: 'Write {expected}', th: 'แก้เป็น {expected}' },

  'dev-project-numbering.wrong': {
    en: '{programme}: this project is number {expected} of the แผนงาน but is numbered {actual}. Projects are numbered 1, 2, 3 … in each แผนงาน.',
    th: '{programme}: โครงการนี้เป็นลำดับที่ {expected} ของแผนงาน แต่เขียนเลข {actual} โครงการต้องเรียงเลข 1, 2, 3 … ในแต่ละแผนงาน',
  },
  'dev-project-numbering.missing': {
    en: '{programme}: this project has no number in the ที่ column. Write {expected}.',
    th: '{programme}: โครงการนี้ไม่มีเลขในช่อง ที่ กรุณาเขียน {expected}',
  },
  'dev-project-numbering.fix': {
    en: 'Renumber from here ({expected}, …)',
    th: 'เรียงเลขใหม่ตั้งแต่แถวนี้ ({expected}, …)',
  },

  'dev-required-column.header': {
    en: 'This ผ.02 table has no "{column}" column. Add it: every project needs one.',
    th: 'ตาราง ผ.02 นี้ไม่มีคอลัมน์ "{column}" กรุณาเพิ่ม ทุกโครงการต้องมีข้อมูลนี้',
  },
  'dev-required-column.year': {
    en: 'This ผ.02 table has no budget column for {year}. Add one (write - for projects without a budget that year).',
    th: 'ตาราง ผ.02 นี้ไม่มีคอลัมน์งบประมาณปี {year} กรุณาเพิ่ม (โครงการที่ไม่ใช้งบประมาณปีนั้นให้เขียน -)',
  },
  'dev-required-column.cell': {
    en: 'Project "{project}": the "{column}" cell is empty. Fill it in.',
    th: 'โครงการ "{project}": ช่อง "{column}" ว่างอยู่ กรุณากรอก',
  },
  'dev-required-column.budget': {
    en: 'Project "{project}": the {year} budget cell is empty. Write the amount, or - when the project has no budget that year. Until then the ผ.01 figures for {year} of this แผนงาน are not checked.',
    th: 'โครงการ "{project}": ช่องงบประมาณปี {year} ว่างอยู่ กรุณาใส่จำนวนเงิน หรือเขียน - ถ้าไม่ใช้งบประมาณปีนั้น ระหว่างนี้ยังไม่ได้ตรวจยอดปี {year} ของแผนงานนี้ใน ผ.01',
  },

  'dev-cell-invalid.amount': {
    en: 'The amount "{actual}" cannot be read. Write it in digits, e.g. 200,000 (or - for none). Until then the ผ.01 figures for {year} that rest on it are not checked.',
    th: 'อ่านจำนวนเงิน "{actual}" ไม่ได้ กรุณาเขียนเป็นตัวเลข เช่น 200,000 (หรือ - ถ้าไม่มี) ระหว่างนี้ยังไม่ได้ตรวจยอดปี {year} ใน ผ.01 ที่ขึ้นกับช่องนี้',
  },
  'dev-cell-invalid.count': {
    en: 'The project count "{actual}" cannot be read. Write a whole number, e.g. 5 (or - for none).',
    th: 'อ่านจำนวนโครงการ "{actual}" ไม่ได้ กรุณาเขียนเป็นจำนวนเต็ม เช่น 5 (หรือ - ถ้าไม่มี)',
  },

  'dev-unknown-group.programme': {
    en: 'แผนงาน "{programme}" of strategy {strategy} is not in the ผ.01 summary. Add its row to ผ.01, or write its name as ผ.01 does.',
    th: 'แผนงาน "{programme}" ของยุทธศาสตร์ที่ {strategy} ไม่มีในบัญชีสรุป ผ.01 กรุณาเพิ่มแถวใน ผ.01 หรือแก้ชื่อให้ตรงกับ ผ.01',
  },
  'dev-unknown-group.programme-near': {
    en: 'แผนงาน "{programme}" of strategy {strategy} is not in the ผ.01 summary; ผ.01 has "{suggestion}". Write the same name in both.',
    th: 'แผนงาน "{programme}" ของยุทธศาสตร์ที่ {strategy} ไม่มีในบัญชีสรุป ผ.01 แต่ ผ.01 มี "{suggestion}" กรุณาเขียนชื่อให้ตรงกัน',
  },
  'dev-unknown-group.renamed': {
    en: 'แผนงาน {number} is "{programme}" here but "{suggestion}" in the ผ.01 summary. Write the same name in both.',
    th: 'แผนงาน {number} ที่นี่ชื่อ "{programme}" แต่ในบัญชีสรุป ผ.01 ชื่อ "{suggestion}" กรุณาเขียนชื่อให้ตรงกัน',
  },
  'dev-unknown-group.fix-rename': {
    en: 'Write "{expected}" as in ผ.01',
    th: 'แก้เป็น "{expected}" ตาม ผ.01',
  },
  'dev-unknown-group.summary-row': {
    en: 'ผ.01 lists "{programme}" under strategy {strategy}, but ผ.02 has no such แผนงาน. Add its projects to ผ.02, or remove the row.',
    th: 'ผ.01 มีแผนงาน "{programme}" ในยุทธศาสตร์ที่ {strategy} แต่ ผ.02 ไม่มีแผนงานนี้ กรุณาเพิ่มโครงการใน ผ.02 หรือลบแถวนี้',
  },
  'dev-unknown-group.strategy': {
    en: 'Strategy {strategy} "{title}" is not in the ผ.01 summary. Add it to ผ.01 with its แผนงาน rows.',
    th: 'ยุทธศาสตร์ที่ {strategy} "{title}" ไม่มีในบัญชีสรุป ผ.01 กรุณาเพิ่มพร้อมแถวแผนงาน',
  },
  'dev-unknown-group.summary-strategy': {
    en: 'ผ.01 lists strategy {strategy} "{title}", but ผ.02 has no heading for it. Add "### ยุทธศาสตร์ที่ {strategy} …" with its แผนงาน, or remove the row.',
    th: 'ผ.01 มียุทธศาสตร์ที่ {strategy} "{title}" แต่ ผ.02 ไม่มีหัวข้อของยุทธศาสตร์นี้ กรุณาเพิ่ม "### ยุทธศาสตร์ที่ {strategy} …" พร้อมแผนงาน หรือลบแถวนี้',
  },
  'dev-unknown-group.summary-other': {
    en: 'This ผ.01 row "{label}" is not a strategy, a แผนงาน or a total row, so its figures are not checked. Write it like "1.1 แผนงาน…", "1) ยุทธศาสตร์…" or "รวม".',
    th: 'แถว "{label}" ใน ผ.01 ไม่ใช่แถวยุทธศาสตร์ แผนงาน หรือแถวรวม จึงยังไม่ได้ตรวจตัวเลขของแถวนี้ กรุณาเขียนแบบ "1.1 แผนงาน…" "1) ยุทธศาสตร์…" หรือ "รวม"',
  },
  'dev-required-column.summary-year': {
    en: 'The ผ.01 summary has no {what} column for {year}. Add it.',
    th: 'บัญชีสรุป ผ.01 ไม่มีคอลัมน์{what}ของปี {year} กรุณาเพิ่ม',
  },
  'dev-unknown-group.orphan-table': {
    en: 'This project list is not under a แผนงาน heading. Add one above it, e.g. "#### 1.1 แผนงานเคหะและชุมชน".',
    th: 'ตารางโครงการนี้ไม่อยู่ใต้หัวข้อแผนงาน กรุณาเพิ่มหัวข้อเหนือตาราง เช่น "#### 1.1 แผนงานเคหะและชุมชน"',
  },

  'dev-duplicate-project.repeat': {
    en: 'Project "{name}" is written twice in this แผนงาน (first as number {number}, line {line}). Delete the repeat; it is not counted in the ผ.01 figures.',
    th: 'โครงการ "{name}" เขียนซ้ำในแผนงานเดียวกัน (ครั้งแรกเป็นลำดับที่ {number} บรรทัด {line}) กรุณาลบแถวที่ซ้ำ แถวนี้ไม่ได้นับในยอด ผ.01',
  },
  'dev-duplicate-project.fix': { en: 'Delete the repeated row', th: 'ลบแถวที่ซ้ำ' },
  'dev-duplicate-project.first': { en: 'First written here', th: 'เขียนครั้งแรกที่นี่' },

  'dev-summary-missing.missing': {
    en: 'This development plan has no ผ.01 summary (a table with a project count and a budget per year), so its totals cannot be checked. Add one: the fix writes it from the ผ.02 lists.',
    th: 'แผนพัฒนานี้ไม่มีบัญชีสรุปโครงการ ผ.01 (ตารางจำนวนโครงการและงบประมาณรายปี) จึงตรวจยอดรวมไม่ได้ กรุณาเพิ่ม ปุ่มแก้ไขจะสร้างจากบัญชี ผ.02 ให้',
  },
  'dev-summary-missing.fix': {
    en: 'Insert the ผ.01 summary worked out from ผ.02',
    th: 'แทรกบัญชีสรุป ผ.01 ที่คำนวณจาก ผ.02',
  },

  'dev-nav.summary': { en: 'ผ.01 summary', th: 'บัญชีสรุปโครงการพัฒนา ผ.01' },
  'dev-nav.summary-detail': {
    en: '{count} projects · {amount}',
    th: '{count} โครงการ · {amount}',
  },
  'dev-nav.group-detail': {
    en: '{count} projects · {amount}',
    th: '{count} โครงการ · {amount}',
  },
  'dev-nav.project-detail': { en: '{amount} over {years} years', th: '{amount} รวม {years} ปี' },
  'dev-nav.unknown': {
    en: 'unknown (a cell is blank or unreadable)',
    th: 'ไม่ทราบ (มีช่องว่างหรืออ่านไม่ได้)',
  },
  'dev-nav.hover-row': {
    en: '**ผ.01 · {row}** — written, and worked out from ผ.02',
    th: '**ผ.01 · {row}** — ที่เขียนไว้ และที่คำนวณจาก ผ.02',
  },
  'dev-nav.hover-programme': {
    en: '**{programme}** — {count} projects in ผ.02',
    th: '**{programme}** — {count} โครงการใน ผ.02',
  },
  'dev-nav.hover-project': {
    en: '**Project {number}. {name}**',
    th: '**โครงการที่ {number} {name}**',
  },
  'dev-nav.count-written': { en: 'Count written', th: 'จำนวนที่เขียน' },
  'dev-nav.count-worked': { en: 'Count from ผ.02', th: 'จำนวนจาก ผ.02' },
  'dev-nav.amount-written': { en: 'Budget written', th: 'งบประมาณที่เขียน' },
  'dev-nav.amount-worked': { en: 'Budget from ผ.02', th: 'งบประมาณจาก ผ.02' },
  'dev-nav.count': { en: 'Projects', th: 'จำนวนโครงการ' },
  'dev-nav.amount': { en: 'Budget (baht)', th: 'งบประมาณ (บาท)' },
  'dev-nav.five-years': { en: 'All years', th: 'รวมทุกปี' },
  'dev-nav.no-basis': {
    en: 'This row matches no แผนงาน of ผ.02, so there is nothing to compare it with.',
    th: 'แถวนี้ไม่ตรงกับแผนงานใดใน ผ.02 จึงไม่มีตัวเลขให้เทียบ',
  },
} as const satisfies Record<string, { en: string; th: string }>;
