/**
 * Text made safe for XML (the svg exports): control characters (invalid in XML 1.0)
 * dropped, markup characters as entities. Text from files (customer names, a
 * recorded terminal) reaches the exports only through here.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
