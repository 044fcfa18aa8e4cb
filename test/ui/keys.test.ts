import {describe, expect, it} from 'vitest';
import {actionFor, keyHelp, nextView} from '../../source/ui/keys.js';

describe('actionFor', () => {
  it('maps the mode keys', () => {
    expect(actionFor('1', {}, false)).toEqual({type: 'mode', mode: 'sequential'});
    expect(actionFor('2', {}, false)).toEqual({type: 'mode', mode: 'concurrent'});
    expect(actionFor('4', {}, false)).toEqual({type: 'mode', mode: 'hybrid'});
    expect(actionFor('b', {}, false)).toEqual({type: 'mode', mode: 'blocking'});
  });

  it('maps the other keys', () => {
    expect(actionFor('+', {}, false)).toEqual({type: 'baristas', delta: 1});
    expect(actionFor('-', {}, false)).toEqual({type: 'baristas', delta: -1});
    expect(actionFor('C', {}, false)).toEqual({type: 'customers', delta: 1});
    expect(actionFor('c', {}, false)).toEqual({type: 'customers', delta: -1});
    expect(actionFor(' ', {}, false)).toEqual({type: 'pause'});
    expect(actionFor('>', {}, false)).toEqual({type: 'speed', direction: 1});
    expect(actionFor('<', {}, false)).toEqual({type: 'speed', direction: -1});
    expect(actionFor('', {tab: true}, false)).toEqual({type: 'view'});
    expect(actionFor('q', {}, false)).toEqual({type: 'quit'});
    expect(actionFor('c', {ctrl: true}, false)).toEqual({type: 'interrupt'});
  });

  it('with the help open, only Escape, ? (a toggle) and quitting do anything', () => {
    expect(actionFor('2', {}, true)).toBeNull();
    expect(actionFor('', {escape: true}, true)).toEqual({type: 'close-help'});
    expect(actionFor('?', {}, true)).toEqual({type: 'help'});
    expect(actionFor('q', {}, true)).toEqual({type: 'quit'});
  });

  it('the help lists every key the dashboard answers to', () => {
    const listed = keyHelp.map(([keys]) => keys).join(' ');
    for (const key of [
      '1',
      '2',
      '3',
      '4',
      'b',
      '+',
      '-',
      'c',
      'C',
      'w',
      'space',
      '<',
      '>',
      'r',
      'tab',
      '?',
      'q',
    ]) {
      expect(listed).toContain(key);
    }
  });
});

describe('nextView', () => {
  it('cycles dashboard, compare, log', () => {
    expect(nextView('dashboard')).toBe('compare');
    expect(nextView('compare')).toBe('log');
    expect(nextView('log')).toBe('dashboard');
  });
});
