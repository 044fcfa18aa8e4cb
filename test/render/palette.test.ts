import {describe, expect, it} from 'vitest';
import {lateColours, okabeIto, stepColoursByTheme} from '../../source/render/palette.js';
import {themeNames} from '../../source/protocol/vocabulary.js';
import {themeColours} from '../../source/render/svg-theme.js';
import {contrastRatio, distanceSeen, visions} from '../helpers/colour-vision.js';

describe('the late colour', () => {
  it('differs clearly from every step colour on both themes, for every common colour vision', () => {
    for (const theme of themeNames) {
      for (const [vision, matrix] of Object.entries(visions)) {
        for (const [kind, step] of Object.entries(stepColoursByTheme[theme])) {
          const distance = distanceSeen(lateColours[theme], step, matrix);
          // ΔE*ab 25: apart at a glance (Okabe–Ito yellow and vermillion are 17 and 18 from the brew's orange, deutan).
          expect({theme, vision, kind, clear: distance >= 25}).toEqual({
            theme,
            vision,
            kind,
            clear: true,
          });
        }
      }
    }
  });

  it('reads on its lanes in both themes', () => {
    for (const theme of themeNames)
      expect(contrastRatio(lateColours[theme], themeColours[theme].laneBackground)).toBeGreaterThan(
        4.5,
      );
  });

  it('is one colour for the dashboard and the exports: no second definition in vermillion', async () => {
    const svgTheme = await import('../../source/render/svg-theme.js');
    expect(svgTheme.lateColours).toBe(lateColours);
    expect(Object.values(lateColours)).not.toContain(okabeIto.vermillion);
  });
});
