import {Window} from 'happy-dom';
import type {Mermaid} from 'mermaid';
import {beforeAll, describe, expect, it} from 'vitest';
import {figuresOfRun} from '../../source/commands/run-report.js';
import {MAIN_THREAD, type RunStartEvent, type ShopEvent} from '../../source/protocol/events.js';
import {
  branchOf,
  flowchartText,
  guideWords,
  timelineFlowchart,
} from '../../source/render/flowchart.js';
import {timelineFromEvents, type Timeline} from '../../source/timeline/reduce.js';
import type {Figures} from '../../source/timeline/figures.js';
import {slicedRun} from '../fixtures/sliced-runs.js';
import {eventsFinished} from '../fixtures/ui-runs.js';
import {fixtureRun, fixtureTimeline} from '../helpers/fixture-run.js';
import {hostileNames, obeyedCharacters} from '../helpers/hostile-text.js';

/** A box as Mermaid's flowchart database holds it, once parsed. */
type Vertex = {id: string; text: string; classes: string[]; type: string};
type Edge = {start: string; end: string; text: string; style: string[]};
type FlowDb = {getVertices(): Map<string, Vertex>; getEdges(): Edge[]};

let mermaid: Mermaid;

beforeAll(async () => {
  // As in mermaid.test.ts: DOMPurify wants a window when it loads, happy-dom's alone.
  Object.assign(globalThis, {window: new Window()});
  mermaid = (await import('mermaid')).default;
  mermaid.initialize({startOnLoad: false});
});

/** Mermaid keeps entity codes as placeholders until it draws; the drawn chart shows the characters. */
const asDrawn = (text: string) =>
  text.replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCodePoint(Number(code)));

/** The flowchart as the real Mermaid reads it: each box's lines, its classes, and the links. */
async function parsed(text: string) {
  const {diagramType} = (await mermaid.parse(text)) as {diagramType: string};
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db as unknown as FlowDb;
  const boxes = new Map(
    [...db.getVertices().values()].map((vertex) => [
      vertex.id,
      {lines: asDrawn(vertex.text).split('\n'), classes: vertex.classes, shape: vertex.type},
    ]),
  );
  const links = db.getEdges().map((edge) => ({
    from: edge.start,
    to: edge.end,
    text: asDrawn(edge.text),
    bold: edge.style.includes('stroke-width:3px'),
  }));
  return {diagramType, boxes, links};
}

const render = ({timeline, figures}: {timeline: Timeline; figures: Figures}, cores?: number) =>
  timelineFlowchart(timeline, figures, cores ?? null);

const concurrentRun = () => {
  const timeline = timelineFromEvents(slicedRun('concurrent').events);
  return {timeline, figures: figuresOfRun(timeline)};
};

/** The fixture run with its three customers renamed. */
function renamedRun(names: readonly string[]) {
  const events = structuredClone(fixtureRun().events) as ShopEvent[];
  const start = events[0] as RunStartEvent;
  start.info.customers.forEach((customer, index) => (customer.name = names[index]!));
  const timeline = timelineFromEvents(events);
  return {timeline, figures: figuresOfRun(timeline)};
}

describe('the flowchart export', () => {
  it("draws the guide's decision in its words, the run's figures in each box", async () => {
    const chart = await parsed(render(fixtureTimeline(), 2));
    expect(chart.diagramType).toBe('flowchart-v2');
    const first = Object.fromEntries([...chart.boxes].map(([id, box]) => [id, box.lines[0]]));
    expect(first).toEqual({
      arrive: guideWords.arrive,
      core: guideWords.singleCore,
      switching: guideWords.switching,
      interleaved: guideWords.interleaved,
      multiple: guideWords.multipleCores,
      simultaneous: guideWords.simultaneous,
    });
    expect(chart.boxes.get('core')!.shape).toBe('diamond');
    expect(chart.links.map(({from, to}) => `${from}→${to}`)).toEqual([
      'arrive→core',
      'core→switching',
      'switching→interleaved',
      'core→multiple',
      'multiple→simultaneous',
    ]);
    // The fixture: three orders, up to 3 in progress, brews on 2 threads at once (peak 2).
    expect(chart.boxes.get('arrive')!.lines.slice(1)).toEqual([
      '3 orders: Ana, Ben, Cleo <&> "Q"',
      'in progress at once: up to 3',
    ]);
    expect(chart.boxes.get('core')!.lines.slice(1)).toEqual(['brews on 2 threads · 2 cores here']);
    expect(chart.boxes.get('simultaneous')!.lines.slice(1)).toEqual([
      'up to 2.0 cores computing at once',
      'CPU work 1.46× vs one thread',
    ]);
  });

  it('marks the branch the run took: brews at once on several cores, or taking turns', async () => {
    const parallel = fixtureTimeline();
    expect(branchOf(parallel.figures)).toBe('multiple-cores');
    const wide = await parsed(render(parallel));
    expect(wide.links.filter((link) => link.bold).map((link) => link.to)).toEqual([
      'core',
      'multiple',
      'simultaneous',
    ]);
    expect(wide.links.find((link) => link.to === 'multiple')!.text).toBe(
      'No: this run (up to 2.0 cores at once)',
    );
    expect(wide.boxes.get('switching')!.classes).toEqual(['other']);
    expect(wide.boxes.get('switching')!.lines.slice(1)).toEqual(['(not this run)']);

    // One barista thread cutting brews into 50 ms slices: never more than one core at once.
    const concurrent = concurrentRun();
    expect(branchOf(concurrent.figures)).toBe('single-core');
    const narrow = await parsed(render(concurrent));
    expect(narrow.links.filter((link) => link.bold).map((link) => link.to)).toEqual([
      'core',
      'switching',
      'interleaved',
    ]);
    expect(narrow.links.find((link) => link.to === 'switching')!.text).toBe(
      `Yes: this run (at most ${concurrent.figures.parallelism.atOncePeak.toFixed(1)} cores at once)`,
    );
    expect(narrow.boxes.get('switching')!.lines[1]).toMatch(
      /^switching cost \d+% of the brew time \(\d+ switches, \d+ ms idle\)$/,
    );
    expect(narrow.boxes.get('interleaved')!.lines[1]).toBe(
      `up to ${concurrent.figures.parallelism.inProgressPeak} orders in progress`,
    );
    expect(narrow.boxes.get('simultaneous')!.classes).toEqual(['other']);
    expect(narrow.boxes.get('interleaved')!.classes).toEqual(['taken']);
  });

  it('says where a blocking run brewed: on the shop loop, one brew at a time', async () => {
    // The ui fixture finished, its two brews moved onto the shop's event loop one after the other.
    const events = eventsFinished({mode: 'blocking', baristas: 0}).map((event) =>
      event.kind === 'segment' && event.stepKind === 'brew'
        ? {...event, thread: MAIN_THREAD, ...(event.customer === 2 ? {start: 600, end: 900} : {})}
        : event,
    );
    const timeline = timelineFromEvents(events);
    const chart = await parsed(render({timeline, figures: figuresOfRun(timeline)}));
    expect(chart.boxes.get('core')!.lines[1]).toBe("brews on the shop's event loop");
    expect(chart.boxes.get('switching')!.lines[1]).toMatch(
      /^one brew at a time on the loop: it stalled up to \d+ ms$/,
    );
    expect(chart.boxes.get('switching')!.classes).toEqual(['taken']);
  });

  it('keeps names as data: flowchart syntax, markup and control characters change nothing', async () => {
    const hostile = [
      ['A"] --> B["x', 'end', '%%{init: {"theme": "forest"}}%%'],
      ['<b>bold</b> &lt;i&gt;', '`**md**`', 'click arrive call alert()'],
      ['a|b|c', 'x;y#z #35; 5% off', 'style arrive fill:#f00\nclass core other'],
      hostileNames.slice(0, 3),
      hostileNames.slice(3, 6),
      hostileNames.slice(6, 9),
    ];
    const clean = await parsed(render(fixtureTimeline()));
    for (const names of hostile) {
      const text = render(renamedRun(names));
      expect(obeyedCharacters(text)).toEqual([]);
      const chart = await parsed(text);
      const [arrive] = chart.boxes.get('arrive')!.lines.slice(1);
      // Each name shown as itself, its invisible characters as `?`, nothing else of the chart changed.
      expect(arrive).toBe(`3 orders: ${names.map(flowchartShown).join(', ')}`);
      expect(chart.links).toEqual(clean.links);
      for (const [id, box] of chart.boxes)
        if (id !== 'arrive') expect(box).toEqual(clean.boxes.get(id));
    }
  });

  it('makes a name one inert line for a quoted label', () => {
    expect(flowchartText('Cleo "Q" & `x`')).toBe('Cleo #34;Q#34; #38; #96;x#96;');
    expect(flowchartText('a\u001b[31m\nb')).toBe('a?[31m?b');
  });
});

/** A name as the chart shows it: an invisible character as `?`, trimmed. */
const flowchartShown = (name: string) =>
  name.replace(/[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, '?').trim() || '?';
