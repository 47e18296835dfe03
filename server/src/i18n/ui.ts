// UI strings of the CLI and the server (not check messages), in Thai and English.

export const uiMessages = {
  'cli.help': {
    en: `plancheck {version}: checks Thai local-government plans written in structured Markdown.

Usage:
  plancheck check [--format text|json|sarif] [--lang th|en] FILE...
  plancheck table [--format {tableFormats}] [-o FILE] [--force] [--lang th|en] FILE
  plancheck --help | --version

Commands:
  check   Report every problem in every FILE ("-" reads standard input).
          Every FILE given is checked as a plan, whatever its name.
  table   Print the summary table computed from the project details: each project's
          amount per year, a subtotal and count per dimension, the grand total.

Options:
  -f, --format FORMAT  check: text (default), json or sarif
                       table: {tableFormats} (default md)
  -o, --output FILE    table: write FILE (atomically) instead of standard output
      --force          table: replace FILE when it already exists
  -l, --lang LANG      language of messages, th or en
                       (default from LC_ALL, LC_MESSAGES or LANG: th… means Thai)
  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or file error.
`,
    th: `plancheck {version}: ตรวจแผนขององค์กรปกครองส่วนท้องถิ่นที่เขียนเป็น Markdown ตามรูปแบบ

วิธีใช้:
  plancheck check [--format text|json|sarif] [--lang th|en] ไฟล์...
  plancheck table [--format {tableFormats}] [-o ไฟล์] [--force] [--lang th|en] ไฟล์
  plancheck --help | --version

คำสั่ง:
  check   รายงานปัญหาทุกรายการในทุกไฟล์ ("-" คืออ่านจากอินพุตมาตรฐาน)
          ไฟล์ที่ระบุทุกไฟล์จะถูกตรวจเป็นแผน ไม่ว่าจะชื่ออะไร
  table   แสดงตารางสรุปที่คำนวณจากรายละเอียดโครงการ: งบประมาณแต่ละโครงการรายปี
          ยอดรวมและจำนวนโครงการของแต่ละมิติ และยอดรวมทั้งสิ้น

ตัวเลือก:
  -f, --format รูปแบบ   check: text (ค่าเริ่มต้น), json หรือ sarif
                       table: {tableFormats} (ค่าเริ่มต้น md)
  -o, --output ไฟล์     table: เขียนลงไฟล์ (แบบ atomic) แทนการแสดงผลทางหน้าจอ
      --force          table: เขียนทับไฟล์ที่มีอยู่แล้ว
  -l, --lang ภาษา       ภาษาของข้อความ th หรือ en
                       (ค่าเริ่มต้นตาม LC_ALL, LC_MESSAGES หรือ LANG: ขึ้นต้นด้วย th คือภาษาไทย)
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
    en: 'The table command takes exactly one plan file.',
    th: 'คำสั่ง table รับไฟล์แผนได้ไฟล์เดียวเท่านั้น',
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
} as const satisfies Record<string, { en: string; th: string }>;
