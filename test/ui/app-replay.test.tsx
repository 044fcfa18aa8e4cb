import {mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {exportNotice} from '../../source/commands/dashboard-export.js';
import {App} from '../../source/ui/app.js';
import {replayDriver} from '../../source/ui/replay-driver.js';
import {LiveSession} from '../../source/ui/session.js';
import {themeFor} from '../../source/ui/theme.js';
import {eventsFinished, settings} from '../fixtures/ui-runs.js';
import {eventually, plain} from '../helpers/frames.js';

const theme = themeFor('dark', false);
const left = '\u001B[D';
const right = '\u001B[C';

/** The App on a saved run played by a clock the test moves by hand. */
async function start(folder = tmpdir()) {
  let ms = 0;
  const driver = replayDriver(
    eventsFinished(),
    {file: '/tmp/demo/run.json', savedAt: '2026-11-23T09:30:00.000Z'},
    {now: () => ms},
  );
  const session = new LiveSession(driver, settings({mode: 'hybrid', customers: 2}));
  session.restart();
  await eventually(() => expect(session.timeline).not.toBeNull());
  const app = render(
    <App
      session={session}
      theme={theme}
      size={{columns: 100, rows: 30}}
      onExport={(timeline) => exportNotice(timeline, session, 'dark', folder)}
    />,
  );
  const frame = () => plain(app.lastFrame());
  const header = () => frame().split('\n')[0] ?? '';
  const advance = (by: number) => (ms += by);
  const stop = async () => {
    app.unmount();
    await session.close();
  };
  return {session, app, frame, header, advance, stop};
}

/** Cells drawn in the customer lanes (Ana's and Ben's rows, between the name and the status). */
const drawnCells = (frame: string): number =>
  frame
    .split('\n')
    .filter((line) => /^[AB] (Ana|Ben) /.test(line))
    .reduce((sum, line) => sum + line.slice(18, 84).replace(/ /g, '').length, 0);

describe('App on a saved run (brewlanes replay)', () => {
  it('says it is a replay, of which file, saved when, at what speed', async () => {
    const {header, frame, stop} = await start();
    try {
      await eventually(() =>
        expect(header()).toContain('REPLAY run.json saved 2026-11-23 09:30 · 0.0 s · 1×'),
      );
      expect(header()).toContain('hybrid');
      expect(frame()).toContain('←/→ jump 1 s');
    } finally {
      await stop();
    }
  });

  it('← jumps back a second: fewer segments on screen; → jumps forward again', async () => {
    const {frame, header, advance, app, stop} = await start();
    try {
      advance(1700);
      await eventually(() => expect(header()).toContain('1.7 s'));
      await eventually(() => expect(frame()).toContain('✓ served'));
      const late = drawnCells(frame());
      app.stdin.write(left);
      await eventually(() => expect(header()).toContain('0.7 s'));
      expect(frame()).not.toContain('✓ served');
      expect(drawnCells(frame())).toBeLessThan(late);
      app.stdin.write(right);
      await eventually(() => expect(header()).toContain('1.7 s'));
      expect(frame()).toContain('✓ served');
    } finally {
      await stop();
    }
  });

  it('space pauses the replay: time and lanes stop while the clock moves; space resumes', async () => {
    const {frame, header, advance, app, stop} = await start();
    try {
      advance(300);
      await eventually(() => expect(header()).toContain('0.3 s'));
      app.stdin.write(' ');
      await eventually(() => expect(header()).toContain('PAUSED'));
      const paused = frame();
      advance(2000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(frame()).toBe(paused);
      app.stdin.write(' ');
      await eventually(() => expect(header()).not.toContain('PAUSED'));
      // The time paused is left out: the replay goes on from 0.3 s.
      advance(1700);
      await eventually(() => expect(header()).toContain('2.0 s'));
      expect(header()).not.toContain('PAUSED');
    } finally {
      await stop();
    }
  });

  it('> and < change the playback speed; keys that would change the run say why not', async () => {
    const {header, frame, app, stop} = await start();
    try {
      app.stdin.write('>');
      await eventually(() => expect(header()).toContain('· 2×'));
      app.stdin.write('<');
      app.stdin.write('<');
      await eventually(() => expect(header()).toContain('· 0.5×'));
      app.stdin.write('2');
      await eventually(() => expect(frame()).toContain('a replay plays the saved run as measured'));
      expect(header()).toContain('hybrid');
      // tab skips the compare view (it would run other modes): dashboard → log
      app.stdin.write('\t');
      await eventually(() => expect(frame()).toContain('Welcome to the coffee shop'));
      expect(frame()).not.toContain('barista t5');
    } finally {
      await stop();
    }
  });

  it('e exports the run shown as svg and txt, names them, and never overwrites', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'brewlanes-e-'));
    const {frame, advance, app, stop} = await start(folder);
    try {
      advance(3000);
      await eventually(() => expect(frame()).toContain('orders 2/2'));
      app.stdin.write('e');
      await eventually(() => expect(frame()).toMatch(/exported brewlanes-hybrid-\S+ \.svg \.txt/));
      app.stdin.write('e');
      await eventually(() => expect(readdirSync(folder)).toHaveLength(4));
      const files = readdirSync(folder).sort();
      expect(files.filter((f) => f.endsWith('.svg'))).toHaveLength(2);
      const svg = files.find((f) => f.endsWith('.svg'))!;
      expect(readFileSync(join(folder, svg), 'utf8')).toContain('<svg');
      const txt = files.find((f) => f.endsWith('.txt'))!;
      expect(readFileSync(join(folder, txt), 'utf8')).toContain('Ana');
    } finally {
      await stop();
    }
  });
});
