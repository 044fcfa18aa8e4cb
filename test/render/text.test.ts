import {describe, expect, it} from 'vitest';
import {timelineMarkdown, timelineTxt} from '../../source/render/text.js';
import {fixtureTimeline} from '../helpers/fixture-run.js';

const laneNames = ['Ana', 'Ben', 'Cleo <&> "Q"', 'barista t3', 'barista t4', 'event loop'];

describe('the txt export', () => {
  const {timeline, figures} = fixtureTimeline();
  const lines = timelineTxt(timeline, figures).split('\n');

  it('has a line per lane in the docs notation, on one axis', () => {
    for (const name of laneNames) {
      expect(lines.filter((line) => line.startsWith(`${name} `))).toHaveLength(1);
    }
    const ana = lines.find((line) => line.startsWith('Ana '))!;
    expect(ana).toMatch(/\|-+brew-+\|/);
    expect(lines.find((line) => line.startsWith('barista t4 '))).toMatch(/\|-+Ben-+\|/);
    expect(lines[0]).toBe('hybrid · 2 baristas · makespan 1.100 s');
    expect(lines.some((line) => /^ +0s +.*1s/.test(line))).toBe(true);
  });

  it('ends with the figures', () => {
    expect(lines).toContain('makespan         1.100 s');
    expect(lines.some((line) => line.startsWith('utilisation '))).toBe(true);
  });
});

describe('the md export', () => {
  const {timeline, figures} = fixtureTimeline();
  const md = timelineMarkdown(timeline, figures);

  it('is a code block with the timeline, then a figures table', () => {
    const block = /```text\n([\s\S]*?)\n```\n/.exec(md);
    expect(block).not.toBeNull();
    const blockLines = block![1]!.split('\n');
    for (const name of laneNames)
      expect(blockLines.filter((line) => line.startsWith(`${name} `))).toHaveLength(1);
    const table = md
      .slice(md.indexOf('```\n') + 4)
      .trim()
      .split('\n');
    expect(table[0]).toBe('| figure | measured |');
    expect(table[1]).toBe('| --- | --- |');
    expect(table).toContain('| makespan | 1.100 s |');
    // Every row has exactly its two cells: a `|` inside a value is escaped.
    for (const row of table) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(4);
  });
});
