import {describe, expect, it} from 'vitest';
import {holdsUnsafeText, inertText} from '../../source/protocol/inert-text.js';
import {hostileNames, obeyedCharacters} from '../helpers/hostile-text.js';

describe('inertText', () => {
  it.each(hostileNames)('leaves nothing a terminal would obey in %j', (name) => {
    const shown = inertText(name);
    expect(obeyedCharacters(shown)).toEqual([]);
    expect(holdsUnsafeText(shown)).toBe(false);
    // Idempotent: what is inert stays as it is.
    expect(inertText(shown)).toBe(shown);
  });

  it('shows each control as an escape a programmer reads', () => {
    expect(inertText('\u001b]0;pwned\u0007\u001b[6n')).toBe('\\e]0;pwned\\x07\\e[6n');
    expect(inertText('a\nb\tc\rd')).toBe('a\\nb\\tc\\rd');
    expect(inertText('\u009b31m\u007f\u0000')).toBe('\\x9b31m\\x7f\\x00');
    expect(inertText('x\u202ey\u2066z\u200b\ufeff')).toBe('x\\u202ey\\u2066z\\u200b\\ufeff');
    expect(inertText('lone \ud800 surrogate')).toBe('lone \\ud800 surrogate');
    expect(inertText('tag \u{e0041}')).toBe('tag \\u{e0041}');
  });

  it('leaves printable text, every script and emoji as they are', () => {
    for (const text of [
      'Ana',
      'Cleo <&> "Q"',
      'caramel macchiato, extra foam',
      'café crème',
      '日本語のコーヒー',
      'قهوة',
      '👩‍💻 ☕ 🇫🇷',
      'back\\slash',
    ]) {
      expect(inertText(text)).toBe(text);
    }
  });
});
