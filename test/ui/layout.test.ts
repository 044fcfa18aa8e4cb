import {describe, expect, it} from 'vitest';
import {fixedRows, laneLayout, tooSmall, wrapText} from '../../source/ui/layout.js';

describe('laneLayout', () => {
  it('gives every lane a row when they fit', () => {
    const layout = laneLayout(100, 30, 5, 2, 4);
    expect(layout).toMatchObject({customerRows: 5, customersHidden: 0, baristaRows: 2});
  });

  it('summarises the customers that do not fit at 80x24, within the rows there are', () => {
    const layout = laneLayout(80, 24, 40, 2, 4);
    expect(layout.customersHidden).toBeGreaterThan(0);
    expect(layout.customerRows + layout.customersHidden).toBe(40);
    expect(layout.baristaRows).toBe(2);
    const used = layout.customerRows + 1 + layout.baristaRows + (layout.baristasHidden ? 1 : 0);
    expect(used + fixedRows).toBeLessThanOrEqual(23);
  });

  it('summarises baristas too when there are many', () => {
    const layout = laneLayout(80, 24, 5, 64, 4);
    expect(layout.baristaRows + layout.baristasHidden).toBe(64);
    expect(layout.baristasHidden).toBeGreaterThan(0);
    expect(layout.customerRows).toBeGreaterThan(0);
  });

  it('leaves the lanes most of the width', () => {
    expect(laneLayout(80, 24, 5, 2, 4).laneColumns).toBeGreaterThanOrEqual(40);
  });
});

describe('tooSmall', () => {
  it('is true below 60x16 only', () => {
    expect(tooSmall(59, 30)).toBe(true);
    expect(tooSmall(100, 15)).toBe(true);
    expect(tooSmall(60, 16)).toBe(false);
  });
});

describe('wrapText', () => {
  it('wraps at words and cuts what does not fit with an ellipsis', () => {
    const lines = wrapText('one two three four five six seven', 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => line.length <= 10)).toBe(true);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});
