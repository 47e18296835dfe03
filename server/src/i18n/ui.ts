// UI strings of the CLI and the server (not check messages), in Thai and English.

export const uiMessages = {
  'cli.help': {
    en: `plancheck {version}: checks Thai local-government plans written in structured Markdown.

Usage:
  plancheck check [--format text|json|sarif] [--lang th|en|auto] FILE...
  plancheck table [--format {tableFormats}] [-o FILE] [--force] [--lang th|en|auto] FILE
  plancheck import [-o FILE] [--force] PLAN.docx
  plancheck export --format docx -o FILE [--force] PLAN
  plancheck --help | --version

Commands:
  check   Report every problem in every FILE ("-" reads standard input).
          Every FILE given is checked as a plan, whatever its name.
  table   Print the summary table computed from the project details: each project's
          amount per year, a subtotal and count per dimension, the grand total.
  import  Read a Word plan (.docx) into the plan format, then check it.
  export  Publish a plan as a print-ready Word document (A4, TH Sarabun New 16 pt);
          refused while the plan has errors, unless --force.

Options:
  -f, --format FORMAT  check: text (default), json or sarif
                       table: {tableFormats} (default md)
  -o, --output FILE    table: write FILE (atomically) instead of standard output
      --force          table: replace FILE when it already exists
  -l, --lang LANG      language of messages: th, en, or auto (the default: each
                       plan's own, front matter lang: or Thai for a Thai plan);
                       PLANCHECK_LANG=th|en sets it too. Otherwise LC_ALL,
                       LC_MESSAGES or LANG (th… means Thai)
  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or file error.
`,
    th: `plancheck {version}: ตรวจแผนขององค์กรปกครองส่วนท้องถิ่นที่เขียนเป็น Markdown ตามรูปแบบ

วิธีใช้:
  plancheck check [--format text|json|sarif] [--lang th|en|auto] ไฟล์...
  plancheck table [--format {tableFormats}] [-o ไฟล์] [--force] [--lang th|en|auto] ไฟล์
  plancheck import [-o ไฟล์] [--force] แผน.docx
  plancheck export --format docx -o ไฟล์ [--force] แผน
  plancheck --help | --version

คำสั่ง:
  check   รายงานปัญหาทุกรายการในทุกไฟล์ ("-" คืออ่านจากอินพุตมาตรฐาน)
          ไฟล์ที่ระบุทุกไฟล์จะถูกตรวจเป็นแผน ไม่ว่าจะชื่ออะไร
  table   แสดงตารางสรุปที่คำนวณจากรายละเอียดโครงการ: งบประมาณแต่ละโครงการรายปี
          ยอดรวมและจำนวนโครงการของแต่ละมิติ และยอดรวมทั้งสิ้น
  import  แปลงแผนจากไฟล์ Word (.docx) เป็นรูปแบบแผน แล้วตรวจ
  export  จัดทำแผนเป็นเอกสาร Word พร้อมพิมพ์ (A4, TH Sarabun New 16 พอยต์)
          ไม่จัดทำถ้าแผนยังมีข้อผิดพลาด เว้นแต่ใช้ --force

ตัวเลือก:
  -f, --format รูปแบบ   check: text (ค่าเริ่มต้น), json หรือ sarif
                       table: {tableFormats} (ค่าเริ่มต้น md)
  -o, --output ไฟล์     table: เขียนลงไฟล์ (แบบ atomic) แทนการแสดงผลทางหน้าจอ
      --force          table: เขียนทับไฟล์ที่มีอยู่แล้ว
  -l, --lang ภาษา       ภาษาของข้อความ th, en หรือ auto (ค่าเริ่มต้น: ภาษาของแต่ละแผน
                       ตาม lang: ใน front matter หรือภาษาไทยถ้าแผนเขียนเป็นภาษาไทย)
                       กำหนดด้วย PLANCHECK_LANG=th|en ได้เช่นกัน นอกนั้นตาม LC_ALL,
                       LC_MESSAGES หรือ LANG (ขึ้นต้นด้วย th คือภาษาไทย)
  -h, --help           แสดงวิธีใช้นี้
  -v, --version        แสดงรุ่นของโปรแกรม

รหัสสถานะเมื่อจบ: 0 ไม่พบข้อผิดพลาด (อาจมีคำเตือน), 1 พบข้อผิดพลาด, 2 ใช้คำสั่งผิดหรืออ่าน/เขียนไฟล์ไม่ได้
`,
  },
  'cli.see-help': {
    en: 'Run "plancheck --help" for usage.',
    th: 'ดูวิธีใช้ได้ด้วยคำสั่ง "plancheck --help"',
  },
  'cli.missing-command': {
    en: 'No command given: use "check" or "table".',
    th: 'ไม่ได้ระบุคำสั่ง: ใช้ "check" หรือ "table"',
  },
  'cli.unknown-command': {
    en: 'Unknown command "{command}": use "check" or "table".',
    th: 'ไม่รู้จักคำสั่ง "{command}": ใช้ "check" หรือ "table"',
  },
  'cli.unknown-option': {
    en: 'Unknown option "{option}".',
    th: 'ไม่รู้จักตัวเลือก "{option}"',
  },
  'cli.option-not-for-command': {
    en: 'Option "{option}" does not apply to the "{command}" command.',
    th: 'ตัวเลือก "{option}" ใช้กับคำสั่ง "{command}" ไม่ได้',
  },
  'cli.missing-value': {
    en: 'Option "{option}" needs a value.',
    th: 'ตัวเลือก "{option}" ต้องมีค่า',
  },
  'cli.unexpected-value': {
    en: 'Option "{option}" takes no value.',
    th: 'ตัวเลือก "{option}" ไม่รับค่า',
  },
  'cli.bad-value': {
    en: 'Option "{option}" must be one of {allowed}, not "{value}".',
    th: 'ตัวเลือก "{option}" ต้องเป็นค่าใดค่าหนึ่งใน {allowed} ไม่ใช่ "{value}"',
  },
  'cli.no-files': {
    en: 'No files to check: give one or more plan files, or "-" for standard input.',
    th: 'ไม่ได้ระบุไฟล์ที่จะตรวจ: ระบุไฟล์แผนอย่างน้อยหนึ่งไฟล์ หรือ "-" เพื่ออ่านจากอินพุตมาตรฐาน',
  },
  'cli.one-file': {
    en: 'The {command} command takes exactly one file.',
    th: 'คำสั่ง {command} รับได้ไฟล์เดียวเท่านั้น',
  },
  'cli.not-docx': {
    en: 'Cannot read {file} as a Word document (.docx): {reason}',
    th: 'อ่าน {file} เป็นเอกสาร Word (.docx) ไม่ได้: {reason}',
  },
  'cli.imported': {
    en: 'Imported {file}: {dimensions} dimension, {missions} mission and {projects} project paragraphs made headings; {images} images not carried over (their place is marked in the text); front matter filled: {filled}{missing}. Check the result below, and the front matter.',
    th: 'นำเข้า {file} แล้ว: ทำย่อหน้ามิติ {dimensions} ย่อหน้า ภารกิจ {missions} ย่อหน้า และโครงการ {projects} ย่อหน้าเป็นหัวข้อ ไม่ได้นำรูปภาพเข้า {images} รูป (มีข้อความบอกตำแหน่งไว้) กรอก front matter แล้ว: {filled}{missing} กรุณาตรวจผลด้านล่างและ front matter',
  },
  'cli.imported-missing': {
    en: '; not found on the cover, to be written by hand: {keys}',
    th: ' ไม่พบในหน้าปก ต้องเขียนเอง: {keys}',
  },
  'cli.import-warning': {
    en: 'Word: {message}',
    th: 'Word: {message}',
  },
  'cli.export-refused': {
    en: 'Not publishing {file}: it has {n} errors (the first: line {line}, {message}). Correct them, or give --force to publish it as it is.',
    th: 'ไม่จัดทำเอกสารจาก {file} เพราะยังมีข้อผิดพลาด {n} รายการ (รายการแรก: บรรทัด {line} {message}) กรุณาแก้ไขก่อน หรือใช้ --force เพื่อจัดทำตามที่เป็นอยู่',
  },
  'cli.file-not-found': {
    en: 'Cannot read {file}: no such file.',
    th: 'อ่านไฟล์ {file} ไม่ได้: ไม่มีไฟล์นี้',
  },
  'cli.is-directory': {
    en: 'Cannot read {file}: it is a folder; give plan files.',
    th: 'อ่าน {file} ไม่ได้: เป็นโฟลเดอร์ ให้ระบุไฟล์แผน',
  },
  'cli.permission-denied': {
    en: 'Cannot read {file}: permission denied.',
    th: 'อ่านไฟล์ {file} ไม่ได้: ไม่มีสิทธิ์อ่าน',
  },
  'cli.read-failed': {
    en: 'Cannot read {file}: {reason}.',
    th: 'อ่านไฟล์ {file} ไม่ได้: {reason}',
  },
  'cli.not-utf8': {
    en: 'Cannot read {file}: it is not UTF-8 text. Save it as UTF-8 and try again.',
    th: 'อ่านไฟล์ {file} ไม่ได้: ไม่ใช่ข้อความ UTF-8 กรุณาบันทึกเป็น UTF-8 แล้วลองใหม่',
  },
  'cli.binary': {
    en: 'Cannot read {file}: it is a binary file (it contains NUL bytes), not a plan.',
    th: 'อ่านไฟล์ {file} ไม่ได้: เป็นไฟล์ไบนารี (มีไบต์ NUL) ไม่ใช่แผน',
  },
  'cli.internal-error': {
    en: 'Internal error while reading {file}: {reason}. Please report this.',
    th: 'เกิดข้อผิดพลาดภายในขณะอ่าน {file}: {reason} กรุณาแจ้งปัญหานี้',
  },
  'cli.output-exists': {
    en: 'Not writing {file}: it already exists. Use --force to replace it.',
    th: 'ไม่ได้เขียนไฟล์ {file}: มีไฟล์นี้อยู่แล้ว ใช้ --force เพื่อเขียนทับ',
  },
  'cli.write-failed': {
    en: 'Cannot write {file}: {reason}.',
    th: 'เขียนไฟล์ {file} ไม่ได้: {reason}',
  },
  'cli.reason.no-folder': { en: 'its folder does not exist', th: 'ไม่มีโฟลเดอร์ของไฟล์นี้' },
  'cli.reason.permission': { en: 'permission denied', th: 'ไม่มีสิทธิ์เขียน' },
  'cli.reason.is-folder': { en: 'it is a folder', th: 'เป็นโฟลเดอร์' },
  'cli.reason.not-a-file': {
    en: 'it is not an ordinary file (a device or a link); choose another name',
    th: 'ไม่ใช่ไฟล์ธรรมดา (เป็นอุปกรณ์หรือลิงก์) กรุณาเลือกชื่อไฟล์อื่น',
  },
  'cli.reason.disk-full': { en: 'the disk is full', th: 'พื้นที่ดิสก์เต็ม' },
  'cli.stdout-failed': {
    en: 'Cannot write the output: {reason}.',
    th: 'เขียนผลลัพธ์ไม่ได้: {reason}',
  },
  'cli.table-empty': {
    en: 'Note: {file} has no project sections, so the table has no project rows.',
    th: 'หมายเหตุ: {file} ไม่มีส่วนรายละเอียดโครงการ ตารางจึงไม่มีแถวโครงการ',
  },
  'cli.count.error.one': { en: '{n} error', th: 'ข้อผิดพลาด {n} รายการ' },
  'cli.count.error.other': { en: '{n} errors', th: 'ข้อผิดพลาด {n} รายการ' },
  'cli.count.warning.one': { en: '{n} warning', th: 'คำเตือน {n} รายการ' },
  'cli.count.warning.other': { en: '{n} warnings', th: 'คำเตือน {n} รายการ' },
  'cli.count.hint.one': { en: '{n} hint', th: 'คำแนะนำ {n} รายการ' },
  'cli.count.hint.other': { en: '{n} hints', th: 'คำแนะนำ {n} รายการ' },
  'cli.count.file.one': { en: '{n} file', th: '{n} ไฟล์' },
  'cli.count.file.other': { en: '{n} files', th: '{n} ไฟล์' },
  'cli.list-join': { en: '{a}, {b}', th: '{a} {b}' },
  'cli.summary.problems': {
    en: '{problems} in {files}.',
    th: 'พบ{problems} ใน {files}',
  },
  'cli.summary.clean': {
    en: 'No problems in {files}.',
    th: 'ไม่พบปัญหาใน {files}',
  },
  'cli.summary.unreadable': {
    en: '{files} could not be read.',
    th: 'อ่านไม่ได้ {files}',
  },
  'cli.binary-to-terminal': {
    en: 'Not writing the {format} file to the terminal: it is binary. Give -o FILE, or redirect standard output to a file.',
    th: 'ไม่แสดงไฟล์ {format} ทางหน้าจอ เพราะเป็นไฟล์ไบนารี ให้ระบุ -o ไฟล์ หรือส่งผลลัพธ์ไปยังไฟล์',
  },
  'export.failed': {
    en: 'Cannot export the table: {reason}',
    th: 'ส่งออกตารางไม่ได้: {reason}',
  },
  'export.amount-too-large': {
    en: 'the amount {amount} baht has more than 15 significant digits, which Excel cannot store exactly. Export as CSV or JSON instead.',
    th: 'จำนวนเงิน {amount} บาท มีเลขนัยสำคัญเกิน 15 หลัก ซึ่ง Excel เก็บให้ตรงทุกหลักไม่ได้ กรุณาส่งออกเป็น CSV หรือ JSON แทน',
  },
  'export.sheet.summary': { en: 'Summary', th: 'ตารางสรุป' },
  'export.sheet.problems': { en: 'Problems', th: 'ปัญหา' },
  'export.problems.line': { en: 'Line', th: 'บรรทัด' },
  'export.problems.level': { en: 'Level', th: 'ระดับ' },
  'export.problems.check': { en: 'Check', th: 'รหัสการตรวจ' },
  'export.problems.message': { en: 'Message', th: 'ข้อความ' },
  'export.problems.none': { en: 'No problems found.', th: 'ไม่พบปัญหา' },
  'export.level.error': { en: 'error', th: 'ข้อผิดพลาด' },
  'export.level.warning': { en: 'warning', th: 'คำเตือน' },
  'export.level.hint': { en: 'hint', th: 'คำแนะนำ' },
  'codeAction.fix-all': {
    en: 'Fix all plancheck problems',
    th: 'แก้ปัญหาทั้งหมดที่ plancheck แก้ให้ได้',
  },
  'codeAction.renumber': {
    en: 'Renumber all projects (and missions) in order, with the table and references',
    th: 'เรียงเลขโครงการ (และภารกิจ) ใหม่ทั้งแผน พร้อมแก้เลขในตารางและที่อ้างถึง',
  },
  'codeAction.regenerate-table': {
    en: 'Regenerate the summary table from the project details',
    th: 'สร้างตารางสรุปใหม่จากรายละเอียดโครงการ',
  },
  'nav.baht': { en: '{amount} baht', th: '{amount} บาท' },
  'nav.budget.absent': { en: 'no budget section', th: 'ไม่มีหัวข้องบประมาณ' },
  'nav.budget.unreadable': {
    en: 'budget unreadable',
    th: 'อ่านจำนวนเงินในหัวข้องบประมาณไม่ได้',
  },
  'nav.budget.total': { en: '{amount} over {years} years', th: 'รวม {years} ปี {amount}' },
  'nav.budget.total-missing': {
    en: '{total} (not stated for {missing})',
    th: '{total} (ไม่ได้ระบุปี {missing})',
  },
  'nav.symbol.plan': { en: 'Plan', th: 'แผน' },
  'nav.symbol.group-detail': {
    en: 'projects: {count} · total {amount}',
    th: 'โครงการ {count} รายการ · รวม {amount}',
  },
  'nav.symbol.empty-section': { en: '(empty)', th: '(ว่าง)' },
  'nav.symbol.untitled': { en: '(untitled)', th: '(ไม่มีชื่อ)' },
  'nav.symbol.table': { en: 'Summary table', th: 'ตารางสรุปโครงการและงบประมาณ' },
  'nav.symbol.table-detail': { en: 'project rows: {rows}', th: 'แถวโครงการ {rows} แถว' },
  'nav.hover.row-title': {
    en: '**Summary table, row {row}**',
    th: '**ตารางสรุป แถวที่ {row}**',
  },
  'nav.hover.row-no-project': {
    en: 'No project section has this row’s number or a name like it.',
    th: 'ไม่มีรายละเอียดโครงการที่มีลำดับหรือชื่อตรงกับแถวนี้',
  },
  'nav.hover.year': { en: 'Year', th: 'ปี' },
  'nav.hover.details': { en: 'Project details', th: 'รายละเอียดโครงการ' },
  'nav.hover.table-row': { en: 'Table row {row}', th: 'ตารางสรุป แถวที่ {row}' },
  'nav.hover.difference': { en: 'Difference', th: 'ต่างกัน' },
  'nav.hover.not-stated': { en: 'not stated', th: 'ไม่ได้ระบุ' },
  'nav.hover.blank': { en: 'blank', th: 'ว่าง' },
  'nav.hover.unreadable': { en: 'unreadable', th: 'อ่านไม่ได้' },
  'nav.hover.sum': { en: '{years}-year total', th: 'รวม {years} ปี' },
  'nav.hover.budget-says': {
    en: 'The budget section says: {text}',
    th: 'หัวข้องบประมาณเขียนว่า: {text}',
  },
  'nav.hover.not-in-table': {
    en: 'No summary-table row stands for this project.',
    th: 'ตารางสรุปไม่มีแถวของโครงการนี้',
  },
  'nav.hover.grand-title': { en: 'Grand total (รวมทั้งสิ้น)', th: 'รวมทั้งสิ้น' },
  'nav.hover.subtotal-title': {
    en: 'Subtotal (รวม) of dimension {dimension}',
    th: 'รวมมิติ {dimension}',
  },
  'nav.hover.written': { en: 'Written', th: 'ระบุไว้' },
  'nav.hover.rows-sum': { en: 'Sum of the rows', th: 'ผลรวมของแถว' },
  'nav.hover.covers': {
    en: 'sums {count} rows: {rows}',
    th: 'รวม {count} แถว: แถวที่ {rows}',
  },
  'nav.hover.year-breakdown': {
    en: '{year}: the rows add up to {amount}:',
    th: 'ปี {year}: ผลรวมของแถวได้ {amount} จาก',
  },
  'nav.hover.more-rows': { en: '{count} more rows', th: 'และอีก {count} แถว' },
  'nav.hover.zero-rows': { en: '{count} rows of 0', th: 'แถวที่เป็น 0 อีก {count} แถว' },
  'nav.hover.blank-rows': {
    en: 'blank, counted as 0: rows {rows}',
    th: 'ช่องว่าง นับเป็น 0: แถวที่ {rows}',
  },
  'nav.hover.unreadable-rows': {
    en: 'unreadable, counted as 0: rows {rows}',
    th: 'อ่านไม่ได้ นับเป็น 0: แถวที่ {rows}',
  },
  'nav.inlay.all-years': { en: 'all years', th: 'ทุกปี' },
  'nav.inlay.should-be': { en: 'should be {amount}', th: 'ควรเป็น {amount}' },
  'nav.inlay.cell-tooltip': {
    en: 'The {count} rows this total covers add up to {amount} ({what}).',
    th: 'ผลรวมของ {count} แถวที่ยอดนี้ครอบคลุม ({what}) คือ {amount}',
  },
  'nav.inlay.dimension-uniform': {
    en: '{amount} a year · {years} years {total} baht',
    th: 'ปีละ {amount} · {years} ปี {total} บาท',
  },
  'nav.inlay.dimension-years': {
    en: '{list} · total {total} baht',
    th: '{list} · รวม {total} บาท',
  },
  'nav.inlay.dimension-tooltip': {
    en: 'Computed from the budget sections of this dimension’s {count} projects.',
    th: 'คำนวณจากหัวข้องบประมาณของโครงการในมิตินี้ {count} โครงการ',
  },
  'nav.completion.missing-section': {
    en: 'Required section missing from project {number}',
    th: 'หัวข้อที่ต้องมี ซึ่งโครงการที่ {number} ยังไม่มี',
  },
  'nav.completion.new-project': { en: 'New project {number}', th: 'โครงการใหม่ ที่ {number}' },
  'nav.completion.new-project-detail': {
    en: 'with all {count} required sections',
    th: 'พร้อมหัวข้อที่ต้องมีครบ {count} หัวข้อ',
  },
  'nav.completion.new-dimension': { en: 'New dimension {number}', th: 'มิติใหม่ ที่ {number}' },
  'nav.completion.project-placeholder': { en: 'ระบุชื่อโครงการ', th: 'ระบุชื่อโครงการ' },
  'nav.completion.dimension-placeholder': { en: 'ระบุชื่อมิติ', th: 'ระบุชื่อมิติ' },
  'nav.rename.from-heading': {
    en: 'Rename project {number} from its heading (line {line}): the table row and mentions follow.',
    th: 'เปลี่ยนชื่อหรือลำดับโครงการที่ {number} ได้ที่หัวข้อโครงการ (บรรทัด {line}) แล้วแถวในตารางและการอ้างถึงจะเปลี่ยนตาม',
  },
  'nav.rename.no-project': {
    en: 'There is no project {number} to rename.',
    th: 'ไม่มีโครงการที่ {number} ให้เปลี่ยนชื่อ',
  },
  'nav.rename.not-here': {
    en: 'Put the cursor on a project heading’s number or name to rename the project.',
    th: 'วางเคอร์เซอร์บนลำดับหรือชื่อในหัวข้อโครงการเพื่อเปลี่ยนชื่อโครงการ',
  },
  'nav.rename.bad-number': {
    en: '"{value}" is not a project number: write a whole number from 1 up.',
    th: '"{value}" ไม่ใช่ลำดับโครงการ: ใส่เลขจำนวนเต็มตั้งแต่ 1 ขึ้นไป',
  },
  'nav.rename.number-taken': {
    en: 'Project {number} already exists (line {line}). Renumber that one first, or use the project-numbering quick fix.',
    th: 'มีโครงการที่ {number} อยู่แล้ว (บรรทัด {line}) เปลี่ยนลำดับของโครงการนั้นก่อน หรือใช้การแก้ไขด่วนของ project-numbering',
  },
  'nav.rename.bad-name': {
    en: 'A project name must be one line of text.',
    th: 'ชื่อโครงการต้องเป็นข้อความบรรทัดเดียว',
  },
  'diagnostics.capped': {
    en: 'Showing {shown} of the {total} problems of this plan (errors first). Fix these to see the rest, list them all with `plancheck check`, or raise the setting plancheck.maxNumberOfProblems.',
    th: 'แสดงปัญหา {shown} จากทั้งหมด {total} รายการของแผนนี้ (ข้อผิดพลาดก่อน) แก้ไขรายการที่แสดงแล้วจะเห็นรายการที่เหลือ ดูทั้งหมดได้ด้วยคำสั่ง `plancheck check` หรือเพิ่มค่าการตั้งค่า plancheck.maxNumberOfProblems',
  },
} as const satisfies Record<string, { en: string; th: string }>;
