// UI strings of the CLI and the server (not check messages), in Thai and English.

export const uiMessages = {
  'cli.file-not-found': {
    en: 'Cannot read {file}: no such file.',
    th: 'อ่านไฟล์ {file} ไม่ได้: ไม่มีไฟล์นี้',
  },
} as const satisfies Record<string, { en: string; th: string }>;
