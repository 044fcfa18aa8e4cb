import {execFileSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {sweepSvg} from '../../source/render/sweep-svg.js';
import {sweepFigures} from '../../source/timeline/amdahl.js';

const figures = sweepFigures(
  [
    {workers: 1, makespanMs: 1000},
    {workers: 2, makespanMs: 530},
    {workers: 3, makespanMs: 540},
    {workers: 4, makespanMs: 560},
  ],
  2,
);

describe('the sweep as a picture', () => {
  it('is well-formed SVG with a point per worker count and the three lines', () => {
    const svg = sweepSvg(figures, 'light', 900);
    const file = join(mkdtempSync(join(tmpdir(), 'sweep-')), 'sweep.svg');
    writeFileSync(file, svg);
    execFileSync('xmllint', ['--noout', file]);
    expect(svg.match(/<circle /g)).toHaveLength(4);
    expect(svg).toContain('2 workers: 1.89×');
    for (const label of [
      'measured speed-up',
      'ideal: w threads',
      'Amdahl&apos;s law',
      'more threads than cores',
    ]) {
      expect(svg).toContain(label);
    }
    expect(svg).toMatch(/width="900"/);
  });
});
