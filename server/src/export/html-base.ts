// What the standalone HTML pages share: the Thai font stack and the escaping of plan text.

/** Thai-capable fonts, most preferred first; the last resort is the browser's sans-serif. */
export const THAI_FONT_STACK =
  '"TH Sarabun New", "Sarabun", "Noto Sans Thai", "Leelawadee UI", "Leelawadee", Tahoma, sans-serif';

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
