import {execFileSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {timelineSvg} from '../../source/render/svg.js';
import {escapeXml} from '../../source/render/xml.js';
import {okabeIto, stepColours} from '../../source/render/svg-theme.js';
import {figuresOfRun} from '../../source/commands/run-report.js';
import {lateLegend} from '../../source/render/palette.js';
import {timelineFromEvents} from '../../source/timeline/reduce.js';
import {fixtureRun, fixtureTimeline, temporaryFolder} from '../helpers/fixture-run.js';

/** Checks well-formedness with libxml2's xmllint (Debian package libxml2-utils). */
function xmllint(svg: string): void {
  const path = join(temporaryFolder(), 'picture.svg');
  writeFileSync(path, svg);
  execFileSync('xmllint', ['--noout', path], {stdio: 'pipe'});
}

const texts = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
/** The lanes' labels: the texts left of the lanes. */
const laneLabels = (svg: string) =>
  [...svg.matchAll(/<text [^>]*class="label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('the svg export', () => {
  const {timeline, figures} = fixtureTimeline();

  it('is well-formed XML with every lane labelled, the markup in a name escaped', () => {
    for (const theme of ['dark', 'light'] as const) {
      const svg = timelineSvg(timeline, figures, {theme});
      xmllint(svg);
      expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      const labels = laneLabels(svg);
      for (const name of [
        'A Ana',
        'B Ben',
        'C Cleo &lt;&amp;&gt; &quot;Q&quot;',
        'barista 1',
        'barista 2',
        'shop loop',
      ])
        expect(labels).toContain(name);
    }
  });

  it('has a title with mode, baristas and makespan, an axis in seconds and a legend', () => {
    const labels = texts(timelineSvg(timeline, figures));
    expect(labels).toContain('hybrid · 2 baristas · makespan 1.100 s');
    expect(labels).toEqual(expect.arrayContaining(['0s', '0.5s', '1s', 'run time (s)']));
    expect(labels).toEqual(
      expect.arrayContaining(['order (I/O wait)', 'brew (CPU, real computation)']),
    );
  });

  it('draws each measured segment as a bar in the colour of its step, from the Okabe–Ito palette', () => {
    const svg = timelineSvg(timeline, figures);
    const bars = [
      ...svg.matchAll(
        /<rect class="bar" x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" rx="3" fill="(#[0-9A-F]{6})"/g,
      ),
    ];
    // 12 customer segments + 3 brews on the barista lanes.
    expect(bars).toHaveLength(15);
    const palette = Object.values(okabeIto) as string[];
    for (const [, colour] of bars) expect(palette).toContain(colour);
    expect(bars.filter(([, colour]) => colour === stepColours.brew)).toHaveLength(6);
  });

  it('dark and light themes differ in background; --width scales the picture', () => {
    const dark = timelineSvg(timeline, figures, {theme: 'dark'});
    const light = timelineSvg(timeline, figures, {theme: 'light'});
    const background = (svg: string) =>
      /<rect width="100%" height="100%" fill="([^"]+)"/.exec(svg)![1];
    expect(background(dark)).not.toBe(background(light));
    const wide = timelineSvg(timeline, figures, {width: 3200});
    expect(wide).toMatch(/<svg [^>]*width="3200"/);
    expect(wide).toMatch(/viewBox="0 0 1920 1080"/);
  });

  it('summarises customers beyond the limit instead of drawing them', () => {
    const svg = timelineSvg(timeline, figures, {maxCustomers: 2});
    xmllint(svg);
    expect(laneLabels(svg)).toEqual([
      'A Ana',
      'B Ben',
      '+1 more customers',
      'barista 1',
      'barista 2',
      'shop loop',
    ]);
  });
});

describe('escapeXml', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>\u0007`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });
});

describe('late parts in the svg', () => {
  it('draws the part of a wait past its plan hatched after the planned bar, with a legend entry', () => {
    const run = fixtureRun();
    // Ana's serve: planned 50 ms, measured 500 ms (a blocked loop fired its timer late).
    const events = run.events.map((event) =>
      event.kind === 'segment' && event.stepKind === 'serve' && event.customer === 1
        ? {...event, end: event.start + 500, plannedMs: 50}
        : event,
    );
    const timeline = timelineFromEvents(events);
    const svg = timelineSvg(timeline, figuresOfRun(timeline));
    xmllint(svg);
    expect(svg).toContain('<pattern id="late"');
    const late = [
      ...svg.matchAll(
        /<rect class="late" x="([\d.]+)" y="[\d.]+" width="([\d.]+)" [^>]*fill="url\(#late\)"[^>]*><title>([^<]*)</g,
      ),
    ];
    expect(late).toHaveLength(1);
    expect(late[0]![3]).toMatch(/late: 450 ms past its plan of 50 ms/);
    expect(texts(svg)).toContain(lateLegend);
    // The planned bar ends where the late part starts: 50 ms, not 500.
    const serve = [
      ...svg.matchAll(
        new RegExp(
          `<rect class="bar" x="([\\d.]+)" y="[\\d.]+" width="([\\d.]+)" height="[\\d.]+" rx="3" fill="${stepColours.serve}"`,
          'g',
        ),
      ),
    ];
    const ends = serve.map((m) => Math.round((Number(m[1]) + Number(m[2])) * 10) / 10);
    expect(ends).toContain(Number(late[0]![1]));
  });
});
