import {execFileSync, spawn} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {exportCommand, exportForSlides} from '../../source/commands/export.js';
import {exportFormats} from '../../source/commands/export-options.js';
import {cliPath, listeningForSignals, runCli} from '../helpers/cli.js';
import {
  builtCli,
  collector,
  fixtureRunPath,
  fixtureTimeline,
  temporaryFolder,
} from '../helpers/fixture-run.js';
import {refusalOf} from '../helpers/refusal.js';

const refusal = refusalOf;

describe('brewlanes export', () => {
  it('writes every format to --out', () => {
    const folder = temporaryFolder();
    for (const format of exportFormats) {
      const out = join(folder, `run.${format}`);
      const stdout = collector();
      expect(exportCommand(fixtureRunPath, {format, out}, stdout)).toBe(0);
      expect(stdout.text()).toBe(`wrote ${out}\n`);
      expect(statSync(out).size).toBeGreaterThan(100);
    }
    // A gantt chart after its frontmatter config (lanes: displayMode compact).
    expect(readFileSync(join(folder, 'run.mermaid'), 'utf8')).toMatch(
      /^---\nconfig:\n {2}gantt:\n {4}displayMode: compact\n[^]*?---\ngantt\n/,
    );
    expect(
      JSON.parse(readFileSync(join(folder, 'run.trace'), 'utf8')).traceEvents.length,
    ).toBeGreaterThan(0);
    execFileSync('xmllint', ['--noout', join(folder, 'run.svg')]);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('sends text formats to stdout, pictures to a file named after the run', () => {
    const stdout = collector();
    exportCommand(fixtureRunPath, {format: 'md'}, stdout);
    expect(stdout.text()).toMatch(/^## hybrid/);
    const folder = temporaryFolder();
    const cwd = process.cwd();
    process.chdir(folder);
    try {
      const out = collector();
      exportCommand(fixtureRunPath, {format: 'svg'}, out);
      expect(out.text()).toBe('wrote hybrid-three-customers.svg\n');
      expect(existsSync(join(folder, 'hybrid-three-customers.svg'))).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  it('--scale 2 draws the same slide twice as many pixels across, for high-density screens', () => {
    const folder = temporaryFolder();
    const at = (name: string, flags: Record<string, string>) => {
      exportCommand(
        fixtureRunPath,
        {format: 'png', out: join(folder, name), ...flags},
        collector(),
      );
      const png = readFileSync(join(folder, name));
      return {width: png.readUInt32BE(16), height: png.readUInt32BE(20)};
    };
    expect(at('one.png', {})).toEqual({width: 1920, height: 1080});
    expect(at('two.png', {scale: '2'})).toEqual({width: 3840, height: 2160});
    expect(at('narrow.png', {scale: '1.5', width: '1000'})).toEqual({width: 1500, height: 844});
  });

  it('takes the format from the --out extension', () => {
    const folder = temporaryFolder();
    exportCommand(fixtureRunPath, {out: join(folder, 'slide.png')}, collector());
    expect(readFileSync(join(folder, 'slide.png')).subarray(1, 4).toString()).toBe('PNG');
    exportCommand(fixtureRunPath, {out: join(folder, 'perfetto.trace.json')}, collector());
    expect(readFileSync(join(folder, 'perfetto.trace.json'), 'utf8')).toContain('"traceEvents"');
  });

  it('refuses to overwrite without --force, leaving the file as it was; overwrites with it', () => {
    const folder = temporaryFolder();
    const out = join(folder, 'slide.svg');
    writeFileSync(out, 'my slide');
    expect(refusal(() => exportCommand(fixtureRunPath, {format: 'svg', out}, collector()))).toMatch(
      /slide\.svg already exists; add --force to overwrite it/,
    );
    expect(readFileSync(out, 'utf8')).toBe('my slide');
    exportCommand(fixtureRunPath, {format: 'svg', out, force: true}, collector());
    expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml/);
    expect(readdirSync(folder)).toEqual(['slide.svg']);
  });

  it("--flowchart: the guide's flowchart, measured, in place of the lanes (mermaid only)", () => {
    const lanes = collector();
    exportCommand(fixtureRunPath, {format: 'mermaid'}, lanes);
    expect(lanes.text()).toMatch(/\ngantt\n/);
    for (const flags of [{format: 'mermaid', flowchart: true}, {flowchart: true}]) {
      const chart = collector();
      expect(exportCommand(fixtureRunPath, flags, chart)).toBe(0);
      // The guide's decision, the run file's machine in it (2 cores), no lanes.
      expect(chart.text()).toMatch(/^---\ntitle: 'hybrid · 2 baristas · makespan 1\.100 s'\n/);
      expect(chart.text()).toMatch(/\nflowchart TD\n {2}arrive\["Tasks Arrive\n/);
      expect(chart.text()).toContain('brews on 2 threads · 2 cores here');
      expect(chart.text()).not.toContain('gantt');
    }
  });

  it('refuses a PNG for a terminal', () => {
    const terminal = Object.assign(collector(), {isTTY: true});
    expect(
      refusal(() => exportCommand(fixtureRunPath, {format: 'png', out: '-'}, terminal)),
    ).toMatch(/refusing to write a PNG to the terminal/);
    expect(terminal.text()).toBe('');
  });

  it.each([
    [
      {format: 'gif'},
      /--format "gif" is not accepted; use one of svg, png, txt, md, mermaid, trace/,
    ],
    [{}, /export needs --format/],
    [{format: 'svg', theme: 'pink'}, /--theme "pink" is not accepted; use one of dark, light/],
    [
      {format: 'png', width: '12'},
      /--width "12" is not accepted; use a whole number of pixels from 200 to 10000/,
    ],
    [{format: 'png', width: 'wide'}, /--width "wide" is not accepted/],
    [{format: 'txt', width: '800'}, /--width is for the svg and png formats, not txt/],
    [{format: 'svg', out: ''}, /--out needs a file name/],
    [
      {format: 'png', scale: '0'},
      /--scale "0" is not accepted; use a number from 1 to 4 \(2 for high-density screens\)/,
    ],
    [{format: 'png', scale: 'x2'}, /--scale "x2" is not accepted/],
    [{format: 'svg', scale: '2'}, /--scale is for the png format, not svg/],
    [{format: 'png', width: '6000', scale: '2'}, /12000 px wide; at most 10000/],
    [{format: 'svg', out: '/no/such/folder/x.svg'}, /the folder \/no\/such\/folder does not exist/],
    [{format: 'svg', flowchart: true}, /^--flowchart is for the mermaid format, not svg$/],
    [{out: 'flow.txt', flowchart: true}, /^--flowchart is for the mermaid format, not txt$/],
  ])('refuses %o in one line', (flags, message) => {
    expect(refusal(() => exportCommand(fixtureRunPath, flags, collector()))).toMatch(message);
  });
});

describe("exportForSlides (the dashboard's e key)", () => {
  it('writes svg and txt named after mode and time, never over an existing file', () => {
    const folder = temporaryFolder();
    const {timeline, figures} = fixtureTimeline();
    const now = new Date('2026-11-23T10:20:30.456Z');
    const first = exportForSlides(timeline, figures, {folder, now});
    expect(first).toEqual([
      join(folder, 'brewlanes-hybrid-2026-11-23T10-20-30.svg'),
      join(folder, 'brewlanes-hybrid-2026-11-23T10-20-30.txt'),
    ]);
    const second = exportForSlides(timeline, figures, {folder, now});
    expect(second[0]).toBe(join(folder, 'brewlanes-hybrid-2026-11-23T10-20-30-2.svg'));
    expect(readdirSync(folder)).toHaveLength(4);
    expect(readFileSync(first[1]!, 'utf8')).toMatch(/^hybrid · 2 baristas · makespan 1\.100 s\n/);
  });
});

describe('brewlanes export on the command line', () => {
  builtCli();

  it('bad input: one line on stderr, exit 2, no file written', async () => {
    const folder = temporaryFolder();
    const broken = join(folder, 'broken.json');
    writeFileSync(broken, '{"format": "brewlanes-run", "version": 1, "events": [');
    const cases = [
      ['export', broken, '--format', 'svg', '--out', join(folder, 'a.svg')],
      ['export', join(folder, 'missing.json'), '--format', 'txt'],
      ['export', 'package.json', '--format', 'txt'],
      ['export', fixtureRunPath, '--format', 'jpeg', '--out', join(folder, 'b.jpeg')],
      ['export', fixtureRunPath, '--format', 'png', '--scale', '9', '--out', join(folder, 'c.png')],
      ['export', '--format', 'svg'],
      ['export', fixtureRunPath, 'extra', '--format', 'svg'],
      ['--plain', '--format', 'svg'],
      ['export', fixtureRunPath, '--format', 'png', '--flowchart', '--out', join(folder, 'c.png')],
      ['--plain', '--flowchart'],
    ];
    for (const args of cases) {
      const result = await runCli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^brewlanes: [^\n]+\n$/);
      expect(result.stdout).toBe('');
    }
    expect(readdirSync(folder)).toEqual(['broken.json']);
  });

  it('exports a picture and says where', async () => {
    const folder = temporaryFolder();
    const out = join(folder, 'run.png');
    const result = await runCli([
      'export',
      fixtureRunPath,
      '--format',
      'png',
      '--width',
      '640',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`wrote ${out}\n`);
    expect(readFileSync(out).readUInt32BE(16)).toBe(640);
  });

  it('--out - writes to stdout, like --out=-', async () => {
    for (const args of [['--out', '-'], ['--out=-']]) {
      const result = await runCli(['export', fixtureRunPath, '--format', 'md', ...args]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^## hybrid/);
    }
  });

  it('SIGTERM during an export: exit 130, nothing written, no temporary file left', async () => {
    const folder = temporaryFolder();
    const out = join(folder, 'run.png');
    const child = spawn(process.execPath, [cliPath, 'export', fixtureRunPath, '--out', out], {
      stdio: 'ignore',
    });
    await listeningForSignals(child.pid!);
    child.kill('SIGTERM');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(readdirSync(folder)).toEqual([]);
  });
});
