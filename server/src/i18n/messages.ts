// The catalogue of check messages, in Thai and English. One entry per message key `<check-id>.<name>`.
// Placeholders are `{name}`; values are filled by `formatMessage` (see ./index.ts).
// Messages are for plan authors, not programmers: what was found, what was expected, what to do.

export const checkMessages = {
  'front-matter.missing': {
    en: 'The front matter has no "{key}". Add it.',
    th: 'ส่วนหัว (front matter) ไม่มี "{key}" กรุณาเพิ่ม',
  },
  'front-matter.missing-assumed': {
    en: 'The front matter has no "{key}". Add it; until then {assumed} is assumed.',
    th: 'ส่วนหัว (front matter) ไม่มี "{key}" กรุณาเพิ่ม ระหว่างนี้ถือว่าเป็น {assumed}',
  },
  'front-matter.invalid': {
    en: 'The front matter\'s "{key}" cannot be read. Correct it.',
    th: 'อ่านค่า "{key}" ในส่วนหัว (front matter) ไม่ได้ กรุณาแก้ไข',
  },
  'front-matter.invalid-assumed': {
    en: 'The front matter\'s "{key}" cannot be read. Correct it; until then {assumed} is assumed.',
    th: 'อ่านค่า "{key}" ในส่วนหัว (front matter) ไม่ได้ กรุณาแก้ไข ระหว่างนี้ถือว่าเป็น {assumed}',
  },
  'front-matter.syntax': {
    en: 'The front matter is not valid YAML ({detail}). Correct it.',
    th: 'ส่วนหัว (front matter) เขียนไม่ถูกรูปแบบ YAML ({detail}) กรุณาแก้ไข',
  },
  'front-matter.syntax-assumed': {
    en: 'The front matter is not valid YAML ({detail}). Correct it; until then {assumed} is assumed.',
    th: 'ส่วนหัว (front matter) เขียนไม่ถูกรูปแบบ YAML ({detail}) กรุณาแก้ไข ระหว่างนี้ถือว่าเป็น {assumed}',
  },
  'front-matter.too-complex': {
    en: 'The front matter is too complex to read safely: its aliases (*name) repeat too often or it nests too deeply. Write plain keys and values, e.g. years: 2566-2570.',
    th: 'ส่วนหัว (front matter) ซับซ้อนเกินกว่าจะอ่านได้อย่างปลอดภัย (อ้างถึงนามแฝง *ชื่อ ซ้ำมากเกินไป หรือซ้อนกันลึกเกินไป) กรุณาเขียนเป็นชื่อและค่าธรรมดา เช่น years: 2566-2570',
  },
  'front-matter.too-complex-assumed': {
    en: 'The front matter is too complex to read safely: its aliases (*name) repeat too often or it nests too deeply. Write plain keys and values, e.g. years: 2566-2570; until then {assumed} is assumed.',
    th: 'ส่วนหัว (front matter) ซับซ้อนเกินกว่าจะอ่านได้อย่างปลอดภัย (อ้างถึงนามแฝง *ชื่อ ซ้ำมากเกินไป หรือซ้อนกันลึกเกินไป) กรุณาเขียนเป็นชื่อและค่าธรรมดา เช่น years: 2566-2570 ระหว่างนี้ถือว่าเป็น {assumed}',
  },
  'front-matter.absent': {
    en: 'This plan has no front matter (the block between --- lines at the top). Add one with type, title, organization and years.',
    th: 'แผนนี้ไม่มีส่วนหัว (front matter ระหว่างเส้น --- ที่ต้นไฟล์) กรุณาเพิ่ม type, title, organization และ years',
  },
  'front-matter.absent-assumed': {
    en: 'This plan has no front matter (the block between --- lines at the top). Add one with type, title, organization and years; until then {assumed} is assumed.',
    th: 'แผนนี้ไม่มีส่วนหัว (front matter ระหว่างเส้น --- ที่ต้นไฟล์) กรุณาเพิ่ม type, title, organization และ years ระหว่างนี้ถือว่าเป็น {assumed}',
  },

  'dimension-numbering.wrong': {
    en: 'Dimension numbered {actual}, expected {expected}: dimensions run 1, 2, 3 … in order.',
    th: 'มิตินี้ใช้เลข {actual} แต่ควรเป็น {expected} (มิติต้องเรียง 1, 2, 3 … ตามลำดับ)',
  },
  'dimension-numbering.missing': {
    en: 'This dimension has no number; expected {expected}.',
    th: 'มิตินี้ไม่มีเลข ควรเป็นมิติที่ {expected}',
  },
  'dimension-numbering.fix': {
    en: 'Number this dimension {expected}',
    th: 'เปลี่ยนเป็นมิติที่ {expected}',
  },

  'mission-numbering.wrong': {
    en: 'Mission numbered {actual}, expected {expected}: the first number is the dimension’s, the second runs 1, 2, 3 … within it.',
    th: 'ภารกิจนี้ใช้เลข {actual} แต่ควรเป็น {expected} (เลขหน้าคือเลขมิติ เลขหลังเรียง 1, 2, 3 … ภายในมิติ)',
  },
  'mission-numbering.fix': {
    en: 'Number this mission {expected}',
    th: 'เปลี่ยนเลขภารกิจเป็น {expected}',
  },

  'project-numbering.wrong': {
    en: 'Project numbered {actual}, expected {expected}: projects run 1, 2, 3 … through the whole plan.',
    th: 'โครงการนี้ใช้เลข {actual} แต่ควรเป็น {expected} (โครงการต้องเรียงเลขต่อเนื่องทั้งแผน)',
  },
  'project-numbering.wrong-in-dimension': {
    en: 'Project numbered {actual}, expected {expected}: this plan numbers its projects 1, 2, 3 … again in each dimension.',
    th: 'โครงการนี้ใช้เลข {actual} แต่ควรเป็น {expected} (แผนนี้เริ่มเลขโครงการ 1, 2, 3 … ใหม่ในแต่ละมิติ)',
  },
  'project-numbering.wrong-in-mission': {
    en: 'Project numbered {actual}, expected {expected}: this plan numbers its projects 1, 2, 3 … again in each mission.',
    th: 'โครงการนี้ใช้เลข {actual} แต่ควรเป็น {expected} (แผนนี้เริ่มเลขโครงการ 1, 2, 3 … ใหม่ในแต่ละภารกิจ)',
  },
  'project-numbering.missing': {
    en: 'This project has no number; expected {expected}.',
    th: 'โครงการนี้ไม่มีเลขลำดับ ควรเป็น {expected}',
  },
  'project-numbering.fix': {
    en: 'Number this project {expected}',
    th: 'เปลี่ยนเป็นโครงการที่ {expected}',
  },

  'table-project-mismatch.reads-like': {
    en: 'Row {row} "{rowName}" reads like project {project} "{name}", but project {row} is "{numbered}". Make the row’s number and name agree with the details.',
    th: 'แถวที่ {row} "{rowName}" มีชื่อตรงกับโครงการที่ {project} "{name}" แต่โครงการที่ {row} คือ "{numbered}" กรุณาแก้เลขหรือชื่อในตารางให้ตรงกับรายละเอียดโครงการ',
  },
  'table-project-mismatch.name-differs': {
    en: 'Row {row}’s name is not quite project {row}’s: the table has "{inTable}", the details have "{inDetails}". Write the name the same in both places.',
    th: 'ชื่อในแถวที่ {row} ไม่ตรงกับชื่อโครงการที่ {row} เสียทีเดียว ในตารางเขียนว่า "{inTable}" แต่ในรายละเอียดโครงการเขียนว่า "{inDetails}" กรุณาเขียนชื่อให้ตรงกันทั้งสองแห่ง',
  },
  'table-project-mismatch.no-number': {
    en: 'Row {row} reads like project {project} "{name}", but no project is numbered {row}.',
    th: 'แถวที่ {row} มีชื่อตรงกับโครงการที่ {project} "{name}" แต่ไม่มีโครงการเลข {row}',
  },
  'table-project-mismatch.unnumbered': {
    en: 'This row has no number; it reads like project {project} "{name}". Write the project’s number before its name.',
    th: 'แถวนี้ไม่มีเลขลำดับ ชื่อตรงกับโครงการที่ {project} "{name}" กรุณาใส่เลขโครงการหน้าชื่อ',
  },
  'table-project-mismatch.note': {
    en: 'Row {row}’s name carries the note "{note}", which the project’s name does not have. Move the note to the remarks column or remove it.',
    th: 'ชื่อในแถวที่ {row} มีข้อความ "{note}" ต่อท้าย ซึ่งไม่มีในชื่อโครงการ กรุณาย้ายไปไว้ช่องหมายเหตุหรือลบออก',
  },
  'table-project-mismatch.fix-note': {
    en: 'Remove "{note}" from the name',
    th: 'ลบ "{note}" ออกจากชื่อ',
  },
  'table-project-mismatch.fix-update-row': {
    en: 'Update the table row from project {project}',
    th: 'แก้แถวในตารางให้ตรงกับโครงการที่ {project}',
  },
  'table-project-mismatch.fix-rename-project': {
    en: 'Rename project {project} from the table row',
    th: 'เปลี่ยนชื่อโครงการที่ {project} ตามแถวในตาราง',
  },
  'table-project-mismatch.dimension': {
    en: 'Row {row} is under dimension {actual} in the table, but project {row} is under dimension {expected} in the details.',
    th: 'แถวที่ {row} อยู่ในมิติ {actual} ในตาราง แต่โครงการที่ {row} อยู่ในมิติ {expected} ในรายละเอียดโครงการ',
  },
  'table-project-mismatch.mission': {
    en: 'Row {row} is under mission {actual} in the table, but project {row} is under mission {expected} in the details.',
    th: 'แถวที่ {row} อยู่ในภารกิจ {actual} ในตาราง แต่โครงการที่ {row} อยู่ในภารกิจ {expected} ในรายละเอียดโครงการ',
  },
  'table-project-mismatch.related-project-of-number': {
    en: 'Project {project} is "{name}"',
    th: 'โครงการที่ {project} คือ "{name}"',
  },
  'table-project-mismatch.related-reads-like': {
    en: 'The row reads like project {project} "{name}"',
    th: 'ชื่อในแถวตรงกับโครงการที่ {project} "{name}"',
  },
  'table-project-mismatch.related-group': {
    en: 'The row’s group starts here',
    th: 'กลุ่มของแถวนี้เริ่มที่นี่',
  },

  'table-order.reordered': {
    en: '{count} rows of this summary table name another project than the one of their number: the table lists the projects in another order than the details (row → project: {pairs}). Number the rows like the details (quick fix), or regenerate the table from the details. Each row is listed below.',
    th: 'ตารางสรุปนี้มี {count} แถวที่ชื่อเป็นโครงการอื่น ไม่ใช่โครงการเลขเดียวกับแถว คือตารางเรียงโครงการไม่ตรงกับรายละเอียดโครงการ (แถว → โครงการ: {pairs}) กรุณาแก้เลขในตารางให้ตรงกับรายละเอียดโครงการ (มีปุ่มแก้ให้) หรือสร้างตารางใหม่จากรายละเอียดโครงการ รายการทุกแถวอยู่ด้านล่าง',
  },
  'table-order.related-row': {
    en: 'Row {row} is project {project} "{name}" in the details',
    th: 'แถวที่ {row} คือโครงการที่ {project} "{name}" ในรายละเอียดโครงการ',
  },
  'table-order.fix': {
    en: 'Give the {count} rows the numbers (and names) of the projects they name',
    th: 'แก้เลข (และชื่อ) ทั้ง {count} แถวให้ตรงกับโครงการตามชื่อ',
  },

  'table-mission.dimension': {
    en: 'Mission {actual} is under dimension {dimension} in the summary table: its first number should be {dimension}.',
    th: 'ภารกิจ {actual} อยู่ในมิติที่ {dimension} ในตารางสรุป เลขหน้าของภารกิจควรเป็น {dimension}',
  },
  'table-mission.other-number': {
    en: 'The summary table numbers this mission {actual}, but the details number it {expected}. Write {expected} in the table.',
    th: 'ตารางสรุปใช้เลขภารกิจนี้เป็น {actual} แต่รายละเอียดโครงการใช้ {expected} กรุณาแก้ในตารางเป็น {expected}',
  },
  'table-mission.other-title': {
    en: 'Mission {actual} is "{title}" in the summary table but "{details}" in the details. Make the two agree.',
    th: 'ภารกิจ {actual} ในตารางสรุปคือ "{title}" แต่ในรายละเอียดโครงการคือ "{details}" กรุณาแก้ให้ตรงกัน',
  },
  'table-mission.not-in-details': {
    en: 'Mission {actual} "{title}" of the summary table is not in the details (the details have {missions}). Correct the number or add the mission to the details.',
    th: 'ภารกิจ {actual} "{title}" ในตารางสรุปไม่มีในรายละเอียดโครงการ (ในรายละเอียดมี {missions}) กรุณาแก้เลข หรือเพิ่มภารกิจนี้ในรายละเอียดโครงการ',
  },
  'table-mission.renumbered': {
    en: 'This is the same mission as {expected} above, numbered {actual} here. Number it {expected}.',
    th: 'ภารกิจนี้เป็นภารกิจเดียวกับ {expected} ด้านบน แต่ที่นี่ใช้เลข {actual} กรุณาใช้เลข {expected}',
  },
  'table-mission.sequence': {
    en: 'Mission {actual} should be {expected}: the missions of a dimension are numbered 1, 2, 3 … without gaps, each with its own number.',
    th: 'ภารกิจ {actual} ควรเป็น {expected} (ภารกิจในแต่ละมิติต้องเรียงเลข 1, 2, 3 … ไม่ข้าม และแต่ละภารกิจมีเลขของตัวเอง)',
  },
  'table-mission.fix': {
    en: 'Number this mission {expected}',
    th: 'เปลี่ยนเลขภารกิจเป็น {expected}',
  },

  'table-row-without-project.no-section': {
    en: 'Row {row} "{name}" matches no project in the details. Add the project’s details or remove the row.',
    th: 'แถวที่ {row} "{name}" ไม่ตรงกับโครงการใดในรายละเอียดโครงการ กรุณาเพิ่มรายละเอียดโครงการนี้ หรือลบแถวออก',
  },
  'table-row-without-project.numbered-differs': {
    en: 'Row {row} "{name}" matches no project in the details by name, and project {row} in the details is "{numbered}". If they are the same project, write the same name in both places; if not, add the row’s project to the details or remove the row.',
    th: 'แถวที่ {row} "{name}" ไม่ตรงกับชื่อโครงการใดในรายละเอียดโครงการ และโครงการที่ {row} ในรายละเอียดคือ "{numbered}" หากเป็นโครงการเดียวกัน กรุณาเขียนชื่อให้ตรงกันทั้งสองแห่ง หากไม่ใช่ กรุณาเพิ่มรายละเอียดของโครงการในแถวนี้ หรือลบแถวออก',
  },
  'table-row-without-project.related-numbered': {
    en: 'Project {project} is "{name}"',
    th: 'โครงการที่ {project} คือ "{name}"',
  },

  'plan-parts.no-details': {
    en: 'This file has a summary table ({rows} project rows) but no project details: no project heading ("1. ชื่อโครงการ …") under a dimension heading ("มิติที่ 1 …"). The table cannot be checked against the details. If the details are in another file, put the whole plan in one file — plancheck checks each file on its own.',
    th: 'ไฟล์นี้มีตารางสรุป ({rows} แถวโครงการ) แต่ไม่มีรายละเอียดโครงการ คือไม่มีหัวข้อโครงการ ("1. ชื่อโครงการ …") อยู่ใต้หัวข้อมิติ ("มิติที่ 1 …") จึงตรวจตารางกับรายละเอียดโครงการไม่ได้ หากรายละเอียดอยู่ในไฟล์อื่น กรุณารวมแผนไว้ในไฟล์เดียว เพราะ plancheck ตรวจทีละไฟล์',
  },
  'plan-parts.no-table': {
    en: 'This plan has the details of {projects} projects but no summary table (a table with a project column and a column per year). Add the summary table; if it is in another file, put the whole plan in one file — plancheck checks each file on its own.',
    th: 'แผนนี้มีรายละเอียดโครงการ {projects} โครงการ แต่ไม่มีตารางสรุป (ตารางที่มีช่องโครงการและช่องงบประมาณแต่ละปี) กรุณาเพิ่มตารางสรุป หากอยู่ในไฟล์อื่น กรุณารวมแผนไว้ในไฟล์เดียว เพราะ plancheck ตรวจทีละไฟล์',
  },
  'plan-parts.neither': {
    en: 'This plan has neither a summary table nor project details yet, so there is nothing to check. Add the summary table and the projects under their dimension headings ("มิติที่ 1 …").',
    th: 'แผนนี้ยังไม่มีทั้งตารางสรุปและรายละเอียดโครงการ จึงยังไม่มีอะไรให้ตรวจ กรุณาเพิ่มตารางสรุป และรายละเอียดโครงการใต้หัวข้อมิติ ("มิติที่ 1 …")',
  },

  'total-row-missing.subtotal': {
    en: 'Dimension {dimension} has no total row (รวม) after its {count} project rows. Add one with the number of projects (จำนวน {count} โครงการ) and the sum of each year.',
    th: 'มิติที่ {dimension} ไม่มีแถวรวมต่อจากแถวโครงการทั้ง {count} แถว กรุณาเพิ่มแถวรวม พร้อมจำนวนโครงการ (จำนวน {count} โครงการ) และยอดรวมของแต่ละปี',
  },
  'total-row-missing.grand': {
    en: 'The summary table has no grand total row (รวมทั้งสิ้น). Add one after the last row with the number of projects (จำนวน {count} โครงการ) and the sum of each year.',
    th: 'ตารางสรุปไม่มีแถวรวมทั้งสิ้น กรุณาเพิ่มต่อจากแถวสุดท้าย พร้อมจำนวนโครงการ (จำนวน {count} โครงการ) และยอดรวมของแต่ละปี',
  },
  'total-row-missing.fix-subtotal': {
    en: 'Add the total row of dimension {dimension}',
    th: 'เพิ่มแถวรวมของมิติที่ {dimension}',
  },
  'total-row-missing.fix-grand': {
    en: 'Add the grand total row',
    th: 'เพิ่มแถวรวมทั้งสิ้น',
  },

  'project-missing-from-table.no-row': {
    en: 'Project {project} "{name}" has no row in the summary table. Add a row for it.',
    th: 'โครงการที่ {project} "{name}" ไม่มีแถวในตารางสรุป กรุณาเพิ่มแถวของโครงการนี้',
  },
  'project-missing-from-table.related-table': {
    en: 'The summary table',
    th: 'ตารางสรุปโครงการ',
  },

  'duplicate-project.same-name': {
    en: 'Project {project} has the same name as project {first} "{name}". Remove the repeat or give each project its own name.',
    th: 'โครงการที่ {project} ชื่อซ้ำกับโครงการที่ {first} "{name}" กรุณาลบโครงการที่ซ้ำ หรือตั้งชื่อให้ต่างกัน',
  },
  'duplicate-project.same-text': {
    en: 'Project {project} has nearly the same text as project {first} "{name}". Check whether it is the same project written twice.',
    th: 'เนื้อหาโครงการที่ {project} เกือบเหมือนโครงการที่ {first} "{name}" กรุณาตรวจว่าเป็นโครงการเดียวกันที่เขียนซ้ำหรือไม่',
  },
  'duplicate-project.related-first': {
    en: 'Project {project} is first written here',
    th: 'โครงการที่ {project} เขียนไว้ครั้งแรกที่นี่',
  },

  'project-count.wrong': {
    en: 'The total row says {actual} projects, but it covers {expected} project rows (difference {difference}).',
    th: 'แถวรวมระบุจำนวน {actual} โครงการ แต่นับแถวโครงการได้ {expected} แถว (ต่างกัน {difference})',
  },
  'project-count.fix': {
    en: 'Write {expected}',
    th: 'แก้เป็น {expected}',
  },
  'project-count.related-rows': {
    en: 'Rows {from}–{to} ({count} rows) are counted',
    th: 'นับแถวที่ {from}–{to} (รวม {count} แถว)',
  },

  'required-section.missing': {
    en: 'Project {project} has no "{section}" section (also accepted: {aliases}). Add it.',
    th: 'โครงการที่ {project} ไม่มีหัวข้อ "{section}" (ใช้ชื่ออื่นได้: {aliases}) กรุณาเพิ่ม',
  },
  'required-section.missing-no-alias': {
    en: 'Project {project} has no "{section}" section. Add it.',
    th: 'โครงการที่ {project} ไม่มีหัวข้อ "{section}" กรุณาเพิ่ม',
  },
  'required-section.fix': {
    en: 'Add a "{section}" section',
    th: 'เพิ่มหัวข้อ "{section}"',
  },

  'empty-section.empty': {
    en: 'The "{section}" section of project {project} is empty. Write its content.',
    th: 'หัวข้อ "{section}" ของโครงการที่ {project} ยังไม่มีเนื้อหา กรุณาเขียนรายละเอียด',
  },

  'duplicate-section.twice': {
    en: 'Project {project} has "{section}" twice (it already has "{first}"). Merge them into one.',
    th: 'โครงการที่ {project} มีหัวข้อ "{section}" ซ้ำ (มี "{first}" อยู่แล้ว) กรุณารวมเป็นหัวข้อเดียว',
  },
  'duplicate-section.related-first': {
    en: 'First "{section}"',
    th: 'หัวข้อ "{section}" ครั้งแรก',
  },

  'placeholder-text.found': {
    en: 'Template text "{text}" was left in. Replace it with the real content.',
    th: 'ยังมีข้อความแม่แบบ "{text}" ที่ไม่ได้กรอก กรุณาแทนที่ด้วยข้อมูลจริง',
  },

  'budget-missing.blank': {
    en: 'Row {row} has no amount for {year}. Write the amount, or 0 if there is no budget.',
    th: 'แถวที่ {row} ไม่ได้ใส่งบประมาณปี {year} กรุณาใส่จำนวนเงิน หรือใส่ 0 ถ้าไม่ใช้งบประมาณ',
  },
  'budget-missing.blank-known': {
    en: 'Row {row} has no amount for {year}; project {project}’s details say {amount} baht. Write that amount in the cell.',
    th: 'แถวที่ {row} ไม่ได้ใส่งบประมาณปี {year} ซึ่งรายละเอียดโครงการที่ {project} ระบุไว้ {amount} บาท กรุณาใส่จำนวนนี้ในช่อง',
  },
  'budget-missing.fix': {
    en: 'Write {amount}',
    th: 'ใส่ {amount}',
  },
  'budget-missing.related-budget': {
    en: 'Budget of project {project}',
    th: 'งบประมาณของโครงการที่ {project}',
  },

  'budget-invalid.cell': {
    en: 'The amount "{text}" cannot be read. Write digits, e.g. 20,000 (0 or - for none).',
    th: 'อ่านจำนวนเงิน "{text}" ไม่ได้ กรุณาเขียนเป็นตัวเลข เช่น 20,000 (ไม่ใช้งบให้ใส่ 0 หรือ -)',
  },
  'budget-invalid.word': {
    en: 'In the budget of project {project}, "{text}" cannot be read as an amount (a letter for a digit, or commas out of place?). Write it in digits, e.g. 20,000 บาท.',
    th: 'ในงบประมาณของโครงการที่ {project} อ่าน "{text}" เป็นจำนวนเงินไม่ได้ (อาจพิมพ์ตัวอักษรแทนตัวเลข หรือวางจุลภาคผิดที่) กรุณาเขียนเป็นตัวเลข เช่น 20,000 บาท',
  },
  'budget-invalid.range': {
    en: 'The budget of project {project} gives a range, "{text}"; the plan needs one amount. Write the amount planned, e.g. 20,000 บาท.',
    th: 'งบประมาณของโครงการที่ {project} เขียนเป็นช่วง "{text}" แต่แผนต้องระบุจำนวนเดียว กรุณาเขียนจำนวนที่ตั้งไว้ เช่น 20,000 บาท',
  },
  'budget-invalid.year-outside': {
    en: 'The budget of project {project} gives an amount for {year}, but the plan covers {first}–{last}: the amount is not counted. Correct the year, or remove the amount.',
    th: 'งบประมาณของโครงการที่ {project} ระบุเงินของปี {year} แต่แผนนี้ครอบคลุมปี {first}–{last} จำนวนนี้จึงไม่ถูกนับ กรุณาแก้ปีให้ถูก หรือลบจำนวนนี้ออก',
  },
  'budget-invalid.ambiguous': {
    en: 'The budget of project {project} gives "{text}" beside other amounts without saying which year it is for. Write the year before each amount (ปี 2566 20,000 บาท), ปีละ … for every year, or รวม … for the total.',
    th: 'งบประมาณของโครงการที่ {project} มีจำนวน "{text}" ปนกับจำนวนอื่นโดยไม่บอกว่าเป็นของปีใด กรุณาเขียนปีหน้าจำนวนเงินแต่ละจำนวน (ปี 2566 20,000 บาท) หรือ ปีละ … ถ้าเท่ากันทุกปี หรือ รวม … สำหรับยอดรวม',
  },
  'budget-invalid.conflict': {
    en: 'The budget of project {project} gives two different amounts for {year}. Keep one.',
    th: 'งบประมาณของโครงการที่ {project} ระบุเงินของปี {year} ไว้สองจำนวนไม่เท่ากัน กรุณาเหลือไว้จำนวนเดียว',
  },
  'budget-sum.lines': {
    en: 'The budget of project {project} says {actual} baht in total, but the amounts it totals add up to {expected} baht ({difference} apart). Correct an amount or the total.',
    th: 'งบประมาณของโครงการที่ {project} ระบุยอดรวม {actual} บาท แต่จำนวนที่นำมารวมกันได้ {expected} บาท (ต่างกัน {difference} บาท) กรุณาแก้จำนวนใดจำนวนหนึ่งหรือยอดรวมให้ถูกต้อง',
  },
  'budget-sum.table': {
    en: 'In the budget table of project {project}, the รวม row says {actual} baht for {year}, but the rows above add up to {expected} baht ({difference} apart). Correct a row or the total.',
    th: 'ในตารางงบประมาณของโครงการที่ {project} แถวรวมของปี {year} ระบุ {actual} บาท แต่แถวข้างบนรวมกันได้ {expected} บาท (ต่างกัน {difference} บาท) กรุณาแก้แถวหรือยอดรวมให้ถูกต้อง',
  },
  'budget-sum.table-years': {
    en: 'In the budget table of project {project}, the รวม row says {actual} baht, but the years above add up to {expected} baht ({difference} apart). Correct a year or the total.',
    th: 'ในตารางงบประมาณของโครงการที่ {project} แถวรวมระบุ {actual} บาท แต่ยอดของแต่ละปีข้างบนรวมกันได้ {expected} บาท (ต่างกัน {difference} บาท) กรุณาแก้ยอดของปีหรือยอดรวมให้ถูกต้อง',
  },
  'budget-sum.fix': {
    en: 'Write {expected} as the total',
    th: 'แก้ยอดรวมเป็น {expected}',
  },
  'budget-invalid.section': {
    en: 'The budget of project {project}, "{text}", cannot be read. Write e.g. "20,000 บาท", "ปีละ 20,000 บาท" or "ไม่ใช้งบประมาณ".',
    th: 'อ่านงบประมาณของโครงการที่ {project} "{text}" ไม่ได้ กรุณาเขียน เช่น "20,000 บาท" "ปีละ 20,000 บาท" หรือ "ไม่ใช้งบประมาณ"',
  },

  'budget-row-mismatch.differs': {
    en: 'Row {row}, {year}: the table says {actual} but project {project}’s details say {expected} (difference {difference}).',
    th: 'แถวที่ {row} ปี {year}: ในตารางระบุ {actual} แต่รายละเอียดโครงการที่ {project} ระบุ {expected} ต่างกัน {difference}',
  },
  'budget-row-mismatch.fix': {
    en: 'Write {expected} (as in the project’s details)',
    th: 'แก้เป็น {expected} (ตามรายละเอียดโครงการ)',
  },
  'budget-row-mismatch.related-budget': {
    en: 'Project {project}’s budget: {expected}',
    th: 'งบประมาณของโครงการที่ {project}: {expected}',
  },

  'dimension-total.wrong': {
    en: 'Total of dimension {label} for {year}: written {actual}, computed {expected}, difference {difference}. Write {expected}, or check the project rows’ amounts.',
    th: 'รวมมิติ {label} ปี {year}: ระบุ {actual} คำนวณได้ {expected} ต่างกัน {difference} กรุณาแก้เป็น {expected} หรือตรวจจำนวนเงินในแถวโครงการ',
  },
  'dimension-total.blank': {
    en: 'Total of dimension {label} for {year} is blank; the project rows add up to {expected}. Write {expected} in this cell.',
    th: 'รวมมิติ {label} ปี {year} ยังว่างอยู่ ผลบวกของแถวโครงการคือ {expected} กรุณาใส่ {expected} ในช่องนี้',
  },
  'dimension-total.related-rows': {
    en: 'Rows {from}–{to} ({count} rows) are added up',
    th: 'ผลบวกของแถวที่ {from}–{to} (รวม {count} แถว)',
  },
  'dimension-total.fix': {
    en: 'Write {expected}',
    th: 'ใส่ {expected}',
  },

  'grand-total.wrong': {
    en: 'Grand total for {year}: written {actual}, computed {expected}, difference {difference}. Write {expected}, or check the project rows’ amounts.',
    th: 'รวมทั้งสิ้น ปี {year}: ระบุ {actual} คำนวณได้ {expected} ต่างกัน {difference} กรุณาแก้เป็น {expected} หรือตรวจจำนวนเงินในแถวโครงการ',
  },
  'grand-total.blank': {
    en: 'Grand total for {year} is blank; all project rows add up to {expected}. Write {expected} in this cell.',
    th: 'รวมทั้งสิ้น ปี {year} ยังว่างอยู่ ผลบวกของทุกแถวโครงการคือ {expected} กรุณาใส่ {expected} ในช่องนี้',
  },
  'grand-total.related-rows': {
    en: 'Rows {from}–{to} ({count} rows) are added up',
    th: 'ผลบวกของแถวที่ {from}–{to} (รวม {count} แถว)',
  },
  'grand-total.fix': {
    en: 'Write {expected}',
    th: 'ใส่ {expected}',
  },

  'row-total.wrong': {
    en: 'Total of row {row}: written {actual}, computed {expected}, difference {difference}. Write {expected}, or check the row’s amounts by year.',
    th: 'รวมของแถว {row}: ระบุ {actual} คำนวณได้ {expected} ต่างกัน {difference} กรุณาแก้เป็น {expected} หรือตรวจจำนวนเงินรายปีของแถวนี้',
  },
  'row-total.blank': {
    en: 'Total of row {row} is blank; its years add up to {expected}. Write {expected} in this cell.',
    th: 'ช่องรวมของแถว {row} ยังว่างอยู่ ผลบวกทุกปีคือ {expected} กรุณาใส่ {expected} ในช่องนี้',
  },
  'row-total.wrong-sum-row': {
    en: 'Total column of the "{row}" row: written {actual}, computed {expected}, difference {difference}. Write {expected}.',
    th: 'ช่องรวมของแถว "{row}": ระบุ {actual} คำนวณได้ {expected} ต่างกัน {difference} กรุณาแก้เป็น {expected}',
  },
  'row-total.blank-sum-row': {
    en: 'Total column of the "{row}" row is blank; the rows it covers add up to {expected}. Write {expected} in this cell.',
    th: 'ช่องรวมของแถว "{row}" ยังว่างอยู่ ผลบวกของแถวที่นับรวมคือ {expected} กรุณาใส่ {expected} ในช่องนี้',
  },
  'row-total.fix': {
    en: 'Write {expected}',
    th: 'ใส่ {expected}',
  },

  'year-columns.missing': {
    en: 'The summary table has no column for {years}; the plan covers {span}. Add the column.',
    th: 'ตารางสรุปไม่มีคอลัมน์ปี {years} ทั้งที่แผนครอบคลุมปี {span} กรุณาเพิ่มคอลัมน์',
  },
  'year-columns.extra': {
    en: 'The summary table has a column for {year}, outside the plan’s years {span}.',
    th: 'ตารางสรุปมีคอลัมน์ปี {year} ซึ่งอยู่นอกช่วงปีของแผน {span}',
  },
  'year-columns.repeated': {
    en: 'The summary table has two columns for {year}.',
    th: 'ตารางสรุปมีคอลัมน์ปี {year} ซ้ำสองคอลัมน์',
  },

  'plan-span.wrong': {
    en: 'The text gives this plan’s years as {actual}, but the plan covers {expected}.',
    th: 'ข้อความระบุช่วงปีของแผนเป็น {actual} แต่แผนนี้ครอบคลุมปี {expected}',
  },
  'plan-span.fix': {
    en: 'Write {expected}',
    th: 'แก้เป็น {expected}',
  },
  'plan-span.length': {
    en: 'The text says this plan is {actual} years long, but it covers {expected} years ({span}).',
    th: 'ข้อความระบุว่าแผนนี้มีระยะ {actual} ปี แต่แผนครอบคลุม {expected} ปี ({span})',
  },
  'plan-span.fix-length': {
    en: 'Write {expected}',
    th: 'แก้เป็น {expected}',
  },

  'organization-name.near-miss': {
    en: '"{actual}" looks like a misspelling of "{expected}".',
    th: '"{actual}" น่าจะสะกดผิด ชื่อที่ถูกต้องคือ "{expected}"',
  },
  'organization-name.fix': {
    en: 'Write "{expected}"',
    th: 'แก้เป็น "{expected}"',
  },
} as const satisfies Record<string, { en: string; th: string }>;
