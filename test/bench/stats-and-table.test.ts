import {describe, expect, it} from 'vitest';
// The benchmark runner is plain JavaScript (bench/ runs from dist/ without a build
// step of its own); these are its pure parts.
import {median, pairedRatios, repeatPaired, summary} from '../../bench/stats.js';
import {
  formatValue,
  jsonDocument,
  markdownTable,
  targetText,
  textTable,
  verdict,
} from '../../bench/table.js';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([10, 2, 7, 1, 1000])).toBe(7);
  });

  it('takes the mean of the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(/no values/);
  });

  it('summarises median, smallest, largest and count', () => {
    expect(summary([3, 9, 1])).toEqual({median: 3, min: 1, max: 9, n: 3});
  });
});

describe('paired ratios', () => {
  it('divides pair by pair, not median by median', () => {
    // Pair by pair the ratio is always 2; the medians of each side would give 4/1.5.
    const a = [2, 4, 40];
    const b = [1, 2, 20];
    expect(pairedRatios(a, b)).toEqual([2, 2, 2]);
    expect(median(pairedRatios(a, b))).toBe(2);
  });

  it('refuses lists of different lengths', () => {
    expect(() => pairedRatios([1, 2], [1])).toThrow();
  });

  it('measures both sides each repetition, alternating which goes first', async () => {
    const order: string[] = [];
    const result = await repeatPaired(
      4,
      async (rep: number) => {
        order.push(`a${rep}`);
        return 10 * (rep + 1);
      },
      async (rep: number) => {
        order.push(`b${rep}`);
        return 5 * (rep + 1);
      },
    );
    expect(order).toEqual(['a0', 'b0', 'b1', 'a1', 'a2', 'b2', 'b3', 'a3']);
    expect(result.a).toEqual([10, 20, 30, 40]);
    expect(result.b).toEqual([5, 10, 15, 20]);
    expect(result.ratios).toEqual([2, 2, 2, 2]);
  });
});

describe('the table', () => {
  const rows = [
    {
      id: '3',
      figure: '100,000 I/O orders: wall time',
      value: 1.234,
      unit: 's',
      range: [1.1, 1.5] as [number, number],
      reps: 5,
      target: {op: '<=' as const, value: 1.6},
    },
    {
      id: '1',
      figure: 'speed-up',
      value: 1.5,
      unit: '×',
      target: {op: '>=' as const, value: 1.9, text: '≥ 1.90× with the dashboard'},
    },
    {
      id: '6',
      figure: 'frame time | 200 × 16',
      value: null,
      display: 'n/a (needs the dashboard)',
      target: {op: '<=' as const, value: 16},
    },
  ];

  it('formats values with their unit, tight for × and %', () => {
    expect(formatValue(1.8666, '×')).toBe('1.87×');
    expect(formatValue(12.34, 'ms', 1)).toBe('12.3 ms');
    expect(formatValue(123456, 'MB', 0)).toBe('123,456 MB');
    expect(formatValue(null, 's')).toBe('n/a');
  });

  it('judges a figure against its target, and nothing without a figure', () => {
    expect(verdict(rows[0]!)).toBe('met');
    expect(verdict(rows[1]!)).toBe('missed');
    expect(verdict(rows[2]!)).toBe('');
    expect(targetText(rows[0]!)).toBe('≤ 1.60 s');
    expect(targetText(rows[1]!)).toBe('≥ 1.90× with the dashboard');
  });

  it('judges a measurement that timed out by its bound', () => {
    const timedOut = {
      id: '3',
      figure: 'wall time',
      value: null,
      unit: 's',
      display: '> 20 s (timed out)',
      atLeast: 20,
    };
    expect(verdict({...timedOut, target: {op: '<=' as const, value: 1.6}})).toBe('missed');
    expect(verdict({...timedOut, target: {op: '<=' as const, value: 60}})).toBe('');
    expect(verdict({...timedOut, target: {op: '>=' as const, value: 1}})).toBe('');
  });

  it('prints aligned text columns', () => {
    const lines = textTable(rows).split('\n');
    expect(lines).toHaveLength(2 + rows.length);
    const column = (line: string, word: string) => line.indexOf(word);
    expect(column(lines[0]!, 'median')).toBe(column(lines[2]!, '1.23 s'));
    expect(column(lines[0]!, 'median')).toBe(column(lines[4]!, 'n/a (needs'));
    expect(lines[2]).toContain('1.10–1.50 s');
    expect(lines[2]).toContain('met');
    expect(lines[3]).toContain('missed');
  });

  it('prints a markdown table with one row per figure and pipes escaped', () => {
    const lines = markdownTable(rows).split('\n');
    expect(lines).toHaveLength(2 + rows.length);
    expect(lines[1]).toMatch(/^\| --- \|/);
    for (const line of lines)
      expect(line.split(/(?<!\\)\|/)).toHaveLength(lines[0]!.split('|').length);
    expect(lines[4]).toContain('frame time \\| 200 × 16');
  });

  it('writes JSON with the machine and each row’s verdict', () => {
    const document = JSON.parse(jsonDocument({cores: 2}, rows));
    expect(document.machine).toEqual({cores: 2});
    expect(document.rows.map((row: {verdict: string | null}) => row.verdict)).toEqual([
      'met',
      'missed',
      null,
    ]);
    expect(document.rows[0].target).toEqual({op: '<=', value: 1.6});
  });
});
