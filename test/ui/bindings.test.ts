import {describe, expect, it} from 'vitest';
import {bindings} from '../../source/ui/bindings.js';
import {
  actionFor,
  keyBarTexts,
  keyHelp,
  pressesOf,
  replayKeyBarTexts,
  replayRefusal,
} from '../../source/ui/keys.js';

/** How the help overlay writes a named key. */
const written: Record<string, string> = {' ': 'space', left: '←', right: '→', tab: 'tab'};

describe('the key table', () => {
  it('binds no key twice', () => {
    const keys = bindings.flatMap((binding) => binding.presses.map((press) => press.key));
    expect(new Set(keys).size).toBe(keys.length);
    expect(pressesOf(bindings).size).toBe(keys.length);
  });

  it('every key it binds is written in its help row, and every help row is in the overlay', () => {
    for (const binding of bindings) {
      if (!binding.help) continue;
      expect(keyHelp).toContainEqual(binding.help);
      for (const press of binding.presses) {
        if (press.alias || press.key === 'ctrl+c') continue;
        expect(binding.help[0].split(' ')).toContain(written[press.key] ?? press.key);
      }
    }
    // Only Escape has no row of its own: the ? row says it closes the help.
    expect(bindings.filter((binding) => !binding.help).map((b) => b.presses[0]!.key)).toEqual([
      'escape',
    ]);
  });

  it('every key-bar label of the table is in the key bar, in rank order', () => {
    const labels = bindings.flatMap((binding) => (binding.bar ? [binding.bar] : []));
    const longest = keyBarTexts[0]!;
    for (const label of labels) expect(longest).toContain(label.forms[0]);
    const positions = [...labels]
      .sort((a, b) => a.rank - b.rank)
      .map((label) => longest.indexOf(label.forms[0]));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('derives the same key bars as the lists it replaced', () => {
    expect(keyBarTexts).toEqual([
      '1-4 mode  +/- baristas  c/C customers  w load  space pause  </> speed  r restart  o ghost  tab view  ? help  q quit',
      '1-4 mode  +- baristas  cC customers  w load  space pause  <> speed  r  o  tab view  ? help  q quit',
      '1-4 mode  +- baristas  cC customers  w load  space pause  <> speed  ? help  q',
    ]);
    expect(replayKeyBarTexts).toEqual([
      'space pause  </> playback speed  ←/→ jump 1 s  r from the start  e export  tab view  ? help  q quit',
      'space pause  <> speed  ←→ jump 1 s  r start  e export  tab view  ? help  q quit',
      'space pause  <> speed  ←→ jump  ? help  q',
    ]);
  });

  it('a replay refuses what would change the run, and says why', () => {
    const changes = /a replay plays the saved run as measured/;
    for (const key of ['1', 'b', 'g', 'm', '[', ']', '+', 'C', 'w'])
      expect(replayRefusal(actionFor(key, {}, false)!)).toMatch(changes);
    expect(replayRefusal(actionFor('t', {}, false)!)).toBe('lessons run only on the live shop');
    for (const key of [' ', 'r', '>', '?', 'q'])
      expect(replayRefusal(actionFor(key, {}, false)!)).toBeNull();
  });

  it('Escape closes the help and does nothing with the help closed; aliases act as their key', () => {
    expect(actionFor('', {escape: true}, true)).toEqual({type: 'close-help'});
    expect(actionFor('', {escape: true}, false)).toBeNull();
    expect(actionFor('=', {}, false)).toEqual(actionFor('+', {}, false));
    expect(actionFor(',', {}, false)).toEqual(actionFor('<', {}, false));
    expect(actionFor('', {leftArrow: true}, false)).toEqual({type: 'seek', deltaMs: -1000});
  });
});
