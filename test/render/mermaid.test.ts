import {Window} from 'happy-dom';
import type {Mermaid} from 'mermaid';
import {beforeAll, describe, expect, it} from 'vitest';
import {figuresOfRun} from '../../source/commands/run-report.js';
import type {RunStartEvent, ShopEvent} from '../../source/protocol/events.js';
import {timelineFromEvents} from '../../source/timeline/reduce.js';
import {exportTitle} from '../../source/render/export-title.js';
import {blankLabel, mermaidText, timelineMermaid} from '../../source/render/mermaid.js';
import {fixtureRun, fixtureTimeline} from '../helpers/fixture-run.js';

/** A task as Mermaid's gantt database holds it, once parsed. */
type GanttTask = {task: string; section: string; startTime: Date; endTime: Date; crit?: boolean};
type GanttDb = {getDiagramTitle(): string; getSections(): string[]; getTasks(): GanttTask[]};

/** Mermaid keeps entity codes as placeholders until it draws; the drawn chart shows the characters. */
const asDrawn = (text: string) =>
  text.replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCodePoint(Number(code))).trim();

/** The chart as the real Mermaid reads it: the frontmatter config, the title, the sections and the tasks. */
async function parsed(text: string) {
  const {config} = (await mermaid.parse(text)) as {config: {gantt?: {displayMode?: string}}};
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db as unknown as GanttDb;
  return {
    displayMode: config.gantt?.displayMode,
    title: asDrawn(db.getDiagramTitle()),
    sections: db.getSections().map(asDrawn),
    tasks: db.getTasks().map((task) => ({
      name: asDrawn(task.task),
      section: asDrawn(task.section),
      start: task.startTime.getTime(),
      end: task.endTime.getTime(),
      crit: task.crit === true,
    })),
  };
}

/** The fixture run with its three customers renamed. */
function renamedRun(names: string[]) {
  const events = structuredClone(fixtureRun().events) as ShopEvent[];
  const start = events[0] as RunStartEvent;
  start.info.customers.forEach((customer, index) => (customer.name = names[index]!));
  const timeline = timelineFromEvents(events);
  return {timeline, figures: figuresOfRun(timeline)};
}

/**
 * A gil run as the engine saves one: `customers` brews of 600 ms cut into 5 ms
 * slices, the slices taking turns on the threads (one holds the lock at a time),
 * each turn a different customer's.
 */
function gilRun(customers: number, threads = 2, nameOf = (id: number) => `Customer ${id}`) {
  const info: RunStartEvent['info'] = {
    mode: 'gil',
    workload: 'cpu',
    workers: 2,
    baristas: 2,
    seed: 1,
    speed: 1,
    scenarioName: 'gil fixture',
    customers: Array.from({length: customers}, (_, index) => ({
      id: index + 1,
      name: nameOf(index + 1),
      drink: 'latte',
      arrivalMs: 0,
    })),
    recipes: {},
    unitsPerMs: 1000,
    sliceMs: 5,
  };
  const events: ShopEvent[] = [{kind: 'run-start', t: 0, info}];
  for (const {id} of info.customers) {
    info.recipes[id] = [
      {kind: 'order', ms: 100},
      {kind: 'brew', ms: 600},
      {kind: 'serve', ms: 50},
    ];
    events.push({kind: 'segment', customer: id, step: 0, stepKind: 'order', thread: 0, start: 0, end: 100}); // prettier-ignore
  }
  const slicesEach = 600 / 5;
  let t = 100;
  for (let turn = 0; turn < slicesEach * customers; turn++) {
    const customer = (turn % customers) + 1;
    events.push({kind: 'segment', customer, step: 1, stepKind: 'brew', thread: 1 + (turn % threads), start: t, end: t + 5}); // prettier-ignore
    t += 5;
  }
  for (const {id} of info.customers) {
    events.push({kind: 'segment', customer: id, step: 2, stepKind: 'serve', thread: 0, start: t, end: t + 50}); // prettier-ignore
    events.push({kind: 'served', t: t + 50, customer: id});
  }
  events.push({kind: 'run-end', t: t + 50, aborted: false});
  const timeline = timelineFromEvents(events);
  return {timeline, figures: figuresOfRun(timeline)};
}

let mermaid: Mermaid;

beforeAll(async () => {
  // The real Mermaid reads a chart with DOMPurify, which wants a window when it loads:
  // happy-dom's, given to it alone (a whole happy-dom environment would replace
  // Node's URL, which the helpers need).
  Object.assign(globalThis, {window: new Window()});
  mermaid = (await import('mermaid')).default;
  mermaid.initialize({startOnLoad: false});
});

describe('the mermaid export', () => {
  const {timeline, figures} = fixtureTimeline();
  const text = timelineMermaid(timeline, figures);
  const lines = text.trimEnd().split('\n');

  it('is a gantt chart in milliseconds, drawn as lanes (compact), a section per customer and per barista', () => {
    expect(lines.slice(0, 7)).toEqual([
      '---',
      'config:',
      '  gantt:',
      '    displayMode: compact',
      '    leftPadding: 177', // room for the longest section name
      '---',
      'gantt',
    ]);
    expect(lines).toContain('  dateFormat x');
    const sections = lines.filter((line) => line.startsWith('  section ')).map((l) => l.slice(10));
    expect(sections).toEqual([
      'Ana (latte)',
      'Ben (espresso)',
      'Cleo #60;&#62; "Q" (espresso)',
      'barista 1',
      'barista 2',
    ]);
  });

  it('has a bar per measured segment, start and end in ms, brews marked crit', () => {
    const tasks = lines.filter((line) => / :(crit, |active, )?\d+, \d+$/.test(line));
    expect(tasks).toHaveLength(15);
    expect(lines).toContain('  brew :crit, 100, 450');
    expect(lines).toContain('  Ana :crit, 100, 450');
    expect(lines).toContain('  machine :450, 1050');
    // A label too long for its bar would be written over the next bars: left blank.
    expect(lines).toContain(`  ${blankLabel} :1050, 1100`);
    // A task's name holds no mermaid syntax.
    for (const task of tasks) expect(task.split(':')).toHaveLength(2);
  });

  it('is read by the real Mermaid as drawn: compact lanes, every section and bar, times in ms', async () => {
    const chart = await parsed(text);
    expect(chart.displayMode).toBe('compact');
    expect(chart.title).toBe(exportTitle(timeline, figures));
    expect(chart.sections).toContain('Cleo <&> "Q" (espresso)');
    expect(chart.tasks).toHaveLength(15);
    expect(chart.tasks).toContainEqual({
      name: 'Ana',
      section: 'barista 1',
      start: 100,
      end: 450,
      crit: true,
    });
  });

  it('keeps names as data: keywords, comments and syntax in a name change nothing', async () => {
    const hostile = [
      ['click me', 'title x', '%%{init: {"theme": "forest"}}%%'],
      ['section', 'excludes weekends', 'a:b;c#d #lol; 5% off'],
      ['2026-01-01 party', 'call back()', 'ﬂ°°60¶ß <b>x</b>\nsection y'],
      ['Gantt chart', 'dateFormat YYYY', '%% a comment'],
      ['TopAxis', 'accTitle: hi', 'accDescr {x}'],
    ];
    for (const names of hostile) {
      const run = renamedRun(names);
      const chart = await parsed(timelineMermaid(run.timeline, run.figures));
      const shown = names.map((name) => name.replace(/\n/g, '?'));
      expect(chart.title).toBe(exportTitle(run.timeline, run.figures));
      expect(chart.sections.slice(0, 3)).toEqual(
        shown.map((name, index) => `${name} (${index === 0 ? 'latte' : 'espresso'})`),
      );
      // Each customer's four steps, then each brew again on its barista's lane.
      expect(chart.tasks).toHaveLength(15);
      // A brew on a barista's lane is named after its customer, or blank where the name is too long for the bar.
      const onBaristas = chart.tasks.filter((task) => task.section.startsWith('barista'));
      expect(onBaristas).toHaveLength(3);
      for (const task of onBaristas) expect([...shown, blankLabel]).toContain(task.name);
      expect(onBaristas.filter((task) => task.name !== blankLabel).length).toBeGreaterThan(0);
    }
  });

  it('makes a name one inert line', () => {
    expect(mermaidText('a\u001b]0;pwned\u0007\r\nb\u202e')).toBe('a?]0#59;pwned???b?');
    expect(mermaidText('title')).toBe('#116;itle');
    expect(mermaidText('subtitle')).toBe('subtitle');
    expect(mermaidText('  ')).toBe('?');
  });

  it('draws a 10-customer gil run as lanes, far below Mermaid’s 50,000 characters', async () => {
    const run = gilRun(10);
    const gil = timelineMermaid(run.timeline, run.figures);
    expect(gil.length).toBeLessThan(30_000);
    const chart = await parsed(gil);
    // A customer's sliced brew is one bar saying how many slices it ran as.
    const customer = chart.tasks.filter((task) => task.section === 'Customer 1 (latte)');
    expect(customer.map((task) => task.name)).toEqual([blankLabel, 'brew ×120', blankLabel]);
    // Every slice on the thread that ran it, and no two bars of a lane overlap: one row each.
    for (const thread of ['barista 1', 'barista 2']) {
      const bars = chart.tasks.filter((task) => task.section === thread);
      expect(bars).toHaveLength(600);
      for (let index = 1; index < bars.length; index++)
        expect(bars[index]!.start).toBeGreaterThanOrEqual(bars[index - 1]!.end);
    }
  });

  it('merges slices that ran back to back on one thread into one bar', async () => {
    const run = gilRun(1, 1); // one customer on one thread: its 120 slices touch
    const chart = await parsed(timelineMermaid(run.timeline, run.figures));
    expect(chart.tasks.map(({name, section, start, end}) => [name, section, start, end])).toEqual([
      ['order', 'Customer 1 (latte)', 0, 100],
      ['brew', 'Customer 1 (latte)', 100, 700],
      ['serve', 'Customer 1 (latte)', 700, 750],
      ['Customer 1', 'barista 1', 100, 700],
    ]);
    // Two customers of one name taking turns on one thread: every turn is its own bar.
    const namesakes = gilRun(2, 1, () => 'Ana');
    const turns = (await parsed(timelineMermaid(namesakes.timeline, namesakes.figures))).tasks;
    expect(turns.filter((task) => task.section === 'barista 1')).toHaveLength(240);
  });
});

describe('a run too big for Mermaid', () => {
  it('is refused in one line, naming its size and what to export instead', () => {
    const run = gilRun(60);
    expect(() => timelineMermaid(run.timeline, run.figures)).toThrow(
      /^the mermaid chart of this run would be [\d,]+ characters, over Mermaid's limit of 50,000: export svg or trace instead$/,
    );
  });
});
