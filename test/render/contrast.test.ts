import {describe, expect, it} from 'vitest';
import {stepKinds, themeNames} from '../../source/protocol/vocabulary.js';
import {lateColours, loopColour, stepColoursByTheme} from '../../source/render/palette.js';
import {themeColours} from '../../source/render/svg-theme.js';
import {themeFor} from '../../source/ui/theme.js';
import {contrastRatio} from '../helpers/colour-vision.js';

/** WCAG 2.1: graphics (1.4.11) at least 3:1, text (1.4.3) at least 4.5:1. */
const graphics = 3;
const text = 4.5;

/** `{what, ok}` so that a failure names the pair and its ratio. */
const check = (what: string, a: string, b: string, least: number) => ({
  what: `${what}: ${contrastRatio(a, b).toFixed(2)}:1`,
  ok: contrastRatio(a, b) >= least,
});
const expectAll = (checks: Array<{what: string; ok: boolean}>) =>
  expect(checks.filter((c) => !c.ok).map((c) => c.what)).toEqual([]);

describe('contrast in the svg/png exports', () => {
  it('bars stand 3:1 against the background and the lanes, in both themes', () => {
    expectAll(
      themeNames.flatMap((theme) => {
        const colours = themeColours[theme];
        return [...stepKinds.map((kind) => stepColoursByTheme[theme][kind]), loopColour].flatMap(
          (bar) => [
            check(`${theme} ${bar} on the background`, bar, colours.background, graphics),
            check(`${theme} ${bar} on a lane`, bar, colours.laneBackground, graphics),
          ],
        );
      }),
    );
  });

  it('text reads 4.5:1: on the background, on the lanes, and on every bar', () => {
    expectAll(
      themeNames.flatMap((theme) => {
        const colours = themeColours[theme];
        return [
          ...[colours.text, colours.muted].flatMap((ink) => [
            check(`${theme} ${ink} on the background`, ink, colours.background, text),
            check(`${theme} ${ink} on a lane`, ink, colours.laneBackground, text),
          ]),
          ...stepKinds.map((kind) =>
            check(
              `${theme} text on the ${kind} bar`,
              colours.onBar,
              stepColoursByTheme[theme][kind],
              text,
            ),
          ),
          check(`${theme} late hatch on a lane`, lateColours[theme], colours.laneBackground, text),
        ];
      }),
    );
  });
});

describe("contrast in the terminal's light theme", () => {
  // A light terminal's background; bars carry black text.
  const white = '#ffffff';
  const theme = themeFor('light', true);

  it('has no faint grey: every coloured text reads 4.5:1 on white', () => {
    const inks = {muted: theme.muted, accent: theme.accent, ok: theme.ok, bad: theme.bad};
    expectAll(
      Object.entries(inks).map(([name, ink]) => {
        expect(ink).toMatch(/^#[0-9a-f]{6}$/i);
        return check(`${name} ${ink}`, ink!, white, text);
      }),
    );
  });

  it('draws bars 3:1 on white, black text on them 4.5:1', () => {
    expectAll(
      stepKinds.flatMap((kind) => [
        check(`${kind} bar on white`, theme.step[kind]!, white, graphics),
        check(`black on the ${kind} bar`, '#000000', theme.step[kind]!, text),
      ]),
    );
  });
});
