/**
 * Names that a hostile scenario file or saved run may carry, each of which a
 * terminal would obey if written raw: retitle the window and make the terminal
 * type a cursor report into the shell, clear the screen, hide the cursor and turn
 * text red, an OSC 8 link, C1 controls (CSI as one byte, NEL), DEL, bidi
 * overrides and isolates, zero-width and format characters.
 */
export const hostileNames = [
  '\u001b]0;pwned\u0007\u001b[6n',
  '\u001b[2J',
  '\u001b[?25l\u001b[31mRED',
  '\u001b]8;;https://example.com\u001b\\link\u001b]8;;\u001b\\',
  '\u009b31mC1\u0085\u0090',
  'bidi\u202eRTL\u202a\u202b\u202c\u202d',
  'iso\u2066\u2067\u2068\u2069',
  'del\u007f\u0000\u0008\r\t',
  'zw\u200b\u200e\u200f\ufeff\u2028',
] as const;

/**
 * Every character of `text` a terminal could obey: C0 controls but the newline,
 * DEL, C1 controls, bidi embeddings, overrides and isolates. The test's own
 * oracle, written apart from the code under test.
 */
export function obeyedCharacters(text: string): string[] {
  const found: string[] = [];
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (
      (code < 0x20 && code !== 0x0a) ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069)
    ) {
      found.push(`U+${code.toString(16).padStart(4, '0')}`);
    }
  }
  return found;
}
