/**
 * Text from outside (a scenario file, a saved run, the command line) is data. A
 * name like `"\u001b]0;pwned\u0007"` would retitle the terminal, `"\u001b[2J"` clear
 * it, `"\u001b[6n"` make it type into the shell, a bidi override (U+202E) turn
 * the rest of a line around. `inertText` shows every such character visibly
 * instead, as an escape a programmer reads: `\e`, `\x07`, `\n`, `\x9b`, `\u202e`.
 *
 * Made inert: every control character (C0, DEL, C1: `\p{Cc}`), every format
 * character (`\p{Cf}`: bidi embeddings, overrides and isolates, zero-width spaces,
 * the byte-order mark, invisible tags) except the zero-width joiner that emoji
 * sequences need, the line and paragraph separators, and lone surrogates. Printable
 * text, emoji and every script pass unchanged. The result holds none of these, so
 * the function is idempotent: applying it twice changes nothing more.
 */
const unsafeCharacter = /(?!\u200d)[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu;
const unsafeTest = /(?!\u200d)[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u;

const named: Readonly<Record<string, string>> = {
  '\u001b': '\\e',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

function visible(character: string): string {
  const name = named[character];
  if (name !== undefined) return name;
  const code = character.codePointAt(0)!;
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code < 0x10000) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\u{${code.toString(16)}}`;
}

/** The text with every control, format and separator character shown as a visible escape. */
export function inertText(text: string): string {
  return unsafeTest.test(text) ? text.replace(unsafeCharacter, visible) : text;
}

/** Whether the text holds a character that `inertText` would show as an escape. */
export const holdsUnsafeText = (text: string): boolean => unsafeTest.test(text);
