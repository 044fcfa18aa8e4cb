import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {computeFigures} from '../../source/timeline/figures.js';
import {App} from '../../source/ui/app.js';
import {DashboardView} from '../../source/ui/dashboard-view.js';
import {figureParts} from '../../source/ui/figures.js';
import {headlineMinColumns} from '../../source/ui/headline.js';
import {keyBarTexts} from '../../source/ui/keys.js';
import {growingLaneLayout, wrapAll} from '../../source/ui/layout.js';
import {nowGlyph} from '../../source/ui/lane-cells.js';
import {LessonPanel, panelExplanation} from '../../source/ui/lesson-panel.js';
import {baristaRowsNow} from '../../source/ui/live-lanes.js';
import {LiveSession} from '../../source/ui/session.js';
import {themeFor} from '../../source/ui/theme.js';
import {roomDriver, roomRunEvents} from '../fixtures/room-runs.js';
import {settings, timelineOf} from '../fixtures/ui-runs.js';
import {eventually, plain} from '../helpers/frames.js';
import {renderSized} from '../helpers/sized-render.js';

const theme = themeFor('dark', true);
const shownSizes = [
  [80, 24],
  [100, 30],
  [120, 40],
  [200, 50],
] as const;

/** The App on six customers' hand-made run (no threads), at a terminal size, once the run is over. */
async function finishedApp(columns: number, rows: number, keys = '') {
  const session = new LiveSession(roomDriver(), settings({customers: 6}));
  session.restart();
  const app = renderSized(
    <App session={session} theme={theme} size={{columns, rows}} />,
    columns,
    rows,
  );
  const frame = () => plain(app.lastFrame());
  await eventually(() => expect(frame()).toContain('orders 6/6'));
  for (const key of keys) {
    const before = frame();
    app.stdin.write(key);
    await eventually(() => expect(frame()).not.toBe(before));
    await eventually(() => expect(session.timeline?.endedAt).not.toBeNull());
  }
  return {session, app, frame};
}

/**
 * Rows the screen uses: from the header down to the last figure row (a thick
 * lane's other rows are its bar's colour, blank as text), the explanation and
 * the key bar.
 */
function usedRows(frame: string): number {
  const lines = frame.split('\n');
  const lastFigure = lines.findIndex((line) => / orders\/s$/.test(line.trimEnd()));
  expect(lastFigure).toBeGreaterThan(0);
  const below = lines.slice(lastFigure + 1).filter((line) => line.trim() !== '').length;
  return lastFigure + 1 + below;
}

describe('lanes grow with the terminal', () => {
  it('gives few lanes 2–3 rows each, many lanes one row and a summary', () => {
    const few = growingLaneLayout(120, 25, {
      customers: 6,
      baristas: 2,
      closeUp: false,
      longestName: 6,
      ghost: false,
    });
    expect(few.laneHeight).toBe(3);
    expect(few.stackedTitles).toBe(true);
    const many = growingLaneLayout(120, 25, {
      customers: 40,
      baristas: 2,
      closeUp: false,
      longestName: 6,
      ghost: false,
    });
    expect(many.laneHeight).toBe(1);
    expect(many.customersHidden).toBeGreaterThan(0);
    const ghost = growingLaneLayout(120, 25, {
      customers: 6,
      baristas: 2,
      closeUp: false,
      longestName: 6,
      ghost: true,
    });
    expect(ghost).toMatchObject({laneHeight: 2, ghostRows: true});
  });

  it.each([
    [120, 40],
    [200, 50],
  ])(
    'fills at least 70 percent of the rows at %i×%i with the lanes and figures',
    async (columns, rows) => {
      const {app, frame} = await finishedApp(columns, rows);
      try {
        // One row a lane, as before, used 13 of 50 rows at 200×50.
        expect(usedRows(frame())).toBeGreaterThanOrEqual(Math.ceil(rows * 0.7));
      } finally {
        app.unmount();
      }
    },
  );

  it.each([
    [60, 16],
    [70, 20],
    [80, 24],
    [100, 30],
    [120, 40],
    [160, 45],
    [200, 50],
  ])(
    'draws within %i×%i: no row wider, no frame taller, every lane once',
    async (columns, rows) => {
      const {app, frame} = await finishedApp(columns, rows);
      try {
        const lines = frame().split('\n');
        expect(lines.length).toBeLessThanOrEqual(rows - 1);
        for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(columns);
        // The key bar is the last row, whole.
        expect(lines.at(-1)).toMatch(/q( quit)?\s*$/);
      } finally {
        app.unmount();
      }
    },
  );
});

describe('nothing that carries a result is cut off', () => {
  it.each(shownSizes)('shows every figure whole at %i×%i', async (columns, rows) => {
    const {session, app, frame} = await finishedApp(columns, rows);
    try {
      const text = frame().replace(/\n/g, ' ');
      const [first, second] = figureParts(session.timeline!, session.figures()!, theme);
      for (const part of [...first, ...second]) expect(text).toContain(part.text);
      const lines = frame().split('\n');
      const figures = lines.slice(lines.findIndex((line) => line.startsWith('dashboard')));
      expect(figures.join('\n')).not.toContain('…');
    } finally {
      app.unmount();
    }
  });

  it('never cuts a key bar label mid-word at 80 columns, with a note beside it', async () => {
    const {app, frame} = await finishedApp(80, 24, 'o');
    try {
      const bar = frame().split('\n').at(-1)!.trim();
      expect(bar).toContain('ghost on');
      const labels = keyBarTexts[keyBarTexts.length - 1]!.split('  ');
      const shown = bar.slice(bar.indexOf('  ') + 2).split('  ');
      for (const label of shown) expect(labels).toContain(label.trim());
    } finally {
      app.unmount();
    }
  });

  it.each([
    ['race', 'unsafe    239693  160307 tips lost: read the jar, count, write it back'],
    [
      'deadlock',
      'The fix, one lock order (grinder, then steamer) for everyone: both baristas finished in 156.1 ms.',
    ],
    [
      'sweep',
      'Sweep: the cpu workload (8 customers, speed 8×) in hybrid mode at 1 to 8 barista threads, on 2 cores',
    ],
  ] as const)('wraps the %s lesson’s result into the rows below at 80 columns', (name, line) => {
    const frame = plain(
      renderSized(
        <LessonPanel
          panel={{name, lines: ['first line', line], running: false}}
          rows={19}
          width={80}
          theme={theme}
        />,
        80,
        24,
      ).lastFrame(),
    );
    expect(frame).not.toContain('…');
    expect(frame.split('\n').slice(1).join(' ').replace(/\s+/g, ' ').trim()).toBe(
      line.replace(/\s+/g, ' '),
    );
  });
});

it('keeps a lesson’s chart rows as they are when they fit (their columns line up)', () => {
  const chart = [
    'workers  makespan  speed-up  0×                                           8×',
    '      1    1.030s     1.00×  ██████◆',
    '      2    0.975s     1.06×  ██████◆     │',
  ];
  const frame = plain(
    renderSized(
      <LessonPanel
        panel={{name: 'sweep', lines: chart, running: false}}
        rows={19}
        width={80}
        theme={theme}
      />,
      80,
      24,
    ).lastFrame(),
  );
  for (const row of chart) expect(frame.split('\n')).toContain(row);
});

it('wraps a long explanation into free rows at 80×24 instead of ending it with …', async () => {
  const {app, frame} = await finishedApp(80, 24, 's');
  try {
    await eventually(() => expect(frame()).toContain('sweep: measured for the test'));
    const words = panelExplanation('sweep');
    expect(wrapAll(words, 80).length).toBeGreaterThan(2);
    expect(frame().replace(/\s+/g, ' ')).toContain(words.replace(/\s+/g, ' '));
  } finally {
    app.unmount();
  }
});

describe('the room sees the time and the headline numbers', () => {
  const live = timelineOf(roomRunEvents('hybrid', 700));
  const moment = {now: 700, brews: []};
  const view = (columns: number, timeline = live, now = moment) =>
    plain(
      renderSized(
        <DashboardView
          timeline={timeline}
          baristas={baristaRowsNow(timeline, now)}
          figures={computeFigures(timeline, null, now)}
          moment={now}
          columns={columns}
          rows={40}
          theme={theme}
          animate={false}
        />,
        columns,
        40,
      ).lastFrame(),
    );

  it('draws a now line down the axis and the empty columns while live, none when done', () => {
    const lines = view(120).split('\n');
    const axis = lines.find((line) => line.includes('0s'))!;
    const column = axis.indexOf(nowGlyph);
    expect(column).toBeGreaterThan(axis.indexOf('0s'));
    // The line runs on down: customers still waiting have an empty lane at that column.
    expect(lines.filter((line) => line[column] === nowGlyph).length).toBeGreaterThan(3);
    const done = timelineOf(roomRunEvents('hybrid'));
    const end = {now: done.endedAt!, brews: []};
    expect(view(120, done, end)).not.toContain(nowGlyph);
  });

  it(`puts the headline numbers in big block digits at ${headlineMinColumns} columns and more`, () => {
    const wide = view(120);
    expect(wide).toContain('in progress now');
    expect(wide).toMatch(/[▀▄█]{2}/);
    expect(view(100)).not.toContain('in progress now');
  });
});

describe('the ghost: two runs of the same customers at a glance', () => {
  it('key o keeps the previous finished run faint under each lane, with both makespans', async () => {
    const {session, app, frame} = await finishedApp(120, 40, 'o');
    try {
      expect(frame()).toContain('ghost on');
      app.stdin.write('1');
      await eventually(() => expect(frame()).toMatch(/faint: hybrid before, makespan 2\.00 s/));
      expect(frame()).toMatch(/bright: sequential now, makespan 3\.40 s/);
      expect(session.ghost()?.timeline.info.mode).toBe('hybrid');
      // One ghost row per customer, on the same axis; and the hybrid run's two
      // baristas under the sequential run's one.
      const ghostRows = frame()
        .split('\n')
        .filter((line) => line.startsWith('  hybrid '));
      expect(ghostRows.filter((line) => /served \d/.test(line))).toHaveLength(6);
      expect(ghostRows.filter((line) => /barista \d\s*$/.test(line))).toHaveLength(2);
      const live = frame()
        .split('\n')
        .filter((line) => /^barista \d/.test(line));
      expect(live).toHaveLength(1);
      app.stdin.write('o');
      await eventually(() => expect(frame()).not.toContain('faint:'));
      expect(session.ghost()).toBeNull();
    } finally {
      app.unmount();
    }
  });
});

describe('the compare view', () => {
  it('shows every mode with its barista lanes: 1 barista against 2', async () => {
    const {session, app, frame} = await finishedApp(120, 40, '\t');
    try {
      await eventually(() => expect(session.compare?.runs).toHaveLength(4));
      await eventually(() => expect(frame()).toMatch(/hybrid\s+█+/));
      const text = frame();
      const section = (mode: string, next: string | null) =>
        text.slice(
          text.search(new RegExp(`^${mode} `, 'm')),
          next ? text.search(new RegExp(`^${next} `, 'm')) : undefined,
        );
      expect(section('sequential', 'concurrent').match(/barista \d/g)).toEqual(['barista 1']);
      expect(section('parallel', 'hybrid').match(/barista \d/g)).toEqual([
        'barista 1',
        'barista 2',
      ]);
      expect(section('hybrid', null)).toContain('F Yara');
    } finally {
      app.unmount();
    }
  });
});

describe('the compare view in a small terminal', () => {
  it.each([
    [60, 16],
    [80, 24],
  ])('keeps every mode and a barista lane each within %i×%i', async (columns, rows) => {
    const {session, app, frame} = await finishedApp(columns, rows, '\t');
    try {
      await eventually(() => expect(session.compare?.runs).toHaveLength(4));
      await eventually(() => expect(frame()).toMatch(/^hybrid\s+█+/m));
      const lines = frame().split('\n');
      expect(lines.length).toBeLessThanOrEqual(rows - 1);
      expect(lines.filter((line) => /^ +barista 1 /.test(line))).toHaveLength(4);
      // The explanation stands whole under the view, not drawn over by it.
      expect(frame()).toContain('Orders are taken asynchronously');
      // From 80 columns each mode's makespan, speed-up and work at once read whole.
      if (columns >= 80)
        for (const line of lines.filter((row) =>
          /^(sequential|concurrent|parallel|hybrid) /.test(row),
        ))
          expect(line).toMatch(/\d+\.\d\d s \d+\.\d\d× · \d baristas? · work \d+\.\d× at once$/);
    } finally {
      app.unmount();
    }
  });
});
