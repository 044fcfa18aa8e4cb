import {describe, expect, it} from 'vitest';
import {runSettings} from '../../source/cli/options.js';
import {stepKinds} from '../../source/protocol/vocabulary.js';
import {stepColours, stepColoursByTheme} from '../../source/render/palette.js';
import {colourWanted, themeFor} from '../../source/ui/theme.js';
import {UsageError} from '../../source/usage-error.js';

describe('themeFor', () => {
  it('colours each step kind differently, in both themes', () => {
    for (const name of ['dark', 'light'] as const) {
      const colours = Object.values(themeFor(name, true).step);
      expect(new Set(colours).size).toBe(4);
    }
  });

  it('gives each step kind one colour per theme everywhere: the dashboard and the svg/png exports', () => {
    for (const name of ['dark', 'light'] as const) {
      const theme = themeFor(name, true);
      for (const kind of stepKinds) expect(theme.step[kind]).toBe(stepColoursByTheme[name][kind]);
    }
    // Orange is the brew, on screen and on the slide.
    expect(stepColours.brew).toBe('#E69F00');
    expect(stepColours.serve).not.toBe(stepColours.brew);
  });

  it('has no colour at all when colour is off', () => {
    const theme = themeFor('light', false);
    expect(Object.values(theme.step).every((c) => c === undefined)).toBe(true);
    expect(theme.accent).toBeUndefined();
  });

  it('NO_COLOR with any value turns colour off', () => {
    expect(colourWanted({NO_COLOR: '1'})).toBe(false);
    expect(colourWanted({})).toBe(true);
  });
});

describe('--theme', () => {
  it('accepts dark and light, defaults to dark, refuses anything else in one line', () => {
    expect(runSettings({}, 2).theme).toBe('dark');
    expect(runSettings({theme: 'light'}, 2).theme).toBe('light');
    expect(() => runSettings({theme: 'blue'}, 2)).toThrow(UsageError);
    expect(() => runSettings({theme: 'blue'}, 2)).toThrow(/--theme "blue".*dark, light/);
  });
});
