// The catalogue of check messages, in Thai and English. One entry per message key `<check-id>.<name>`.
// Placeholders are `{name}`; values are filled by `formatMessage` (see ./index.ts).

export const checkMessages = {
  'front-matter.missing': {
    en: 'The front matter has no "{key}". Add it; assumed {assumed}.',
    th: 'ส่วนหัว (front matter) ไม่มี "{key}" กรุณาเพิ่ม ขณะนี้ถือว่าเป็น {assumed}',
  },
} as const satisfies Record<string, { en: string; th: string }>;
