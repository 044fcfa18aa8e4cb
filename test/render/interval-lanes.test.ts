import {describe, expect, it} from 'vitest';
import {intervalLanesText} from '../../source/render/interval-lanes.js';

describe('lanes of measured intervals as text', () => {
  it('draws each interval in the columns of its measured time, on one axis for every lane', () => {
    const lines = intervalLanesText(
      [
        {
          name: 'loop',
          intervals: [
            {start: 0, end: 10, labels: ['split', 's']},
            {start: 90, end: 100, labels: ['reduce', 'r']},
          ],
        },
        {
          name: 'barista',
          intervals: [
            {start: 10, end: 50, labels: ['cup 1', '1']},
            {start: 50, end: 90, labels: ['cup 2', '2']},
          ],
        },
      ],
      {start: 0, end: 100, columns: 20},
    );
    expect(lines).toEqual([
      'loop    ||                ||',
      'barista   |cup 1-||cup 2-|',
      '        0s        0.05s',
    ]);
  });
});
