import {MAIN_THREAD} from '../protocol/events.js';
import type {Figures} from '../timeline/figures.js';
import type {Timeline} from '../timeline/reduce.js';
import {exportTitle} from './export-title.js';
import {busyMachineNote, coresText, cpuSpeedupText} from './figures-text.js';
import {shopLoopInWords} from './labels.js';
import {mermaidEntity, mermaidText} from './mermaid.js';
import {percentText, secondsText} from './numbers.js';
import {okabeIto} from './palette.js';

/**
 * Brews that computed on this many cores at the same millisecond (each counted at
 * the share of a core its thread obtained) ran simultaneously: clearly more than
 * one core's worth at once, not a hand-over between two threads. Below it, the
 * run took the guide's single-core branch: its brews took turns on the CPU.
 */
export const simultaneousCores = 1.5;

/** The guide's own words for each box of its flowchart (the concurrency guide, section 7). */
export const guideWords = {
  arrive: 'Tasks Arrive',
  singleCore: 'Single Core?',
  switching: 'Concurrency: Context Switching',
  interleaved: 'Tasks Progress Interleaved',
  multipleCores: 'Parallelism: Multiple Cores',
  simultaneous: 'Tasks Run Simultaneously',
} as const;

/** Px a box's line may take before Mermaid wraps it (its default, 200, breaks most figures in two). */
const wrappingWidth = 360;

/** Which way the run went at "Single Core?": its brews took turns, or ran at once. */
export type FlowchartBranch = 'single-core' | 'multiple-cores';

/** The branch a run took, from what it measured: its brews' cores in use at once. */
export const branchOf = (figures: Figures): FlowchartBranch =>
  figures.parallelism.atOncePeak >= simultaneousCores ? 'multiple-cores' : 'single-core';

/**
 * Text from a run made safe inside a quoted flowchart label: what `mermaidText`
 * does, and `"` (which ends the label), `&` (which could spell an HTML entity) and
 * `` ` `` (which starts a Markdown label) as entity codes too.
 */
export const flowchartText = (text: string): string =>
  mermaidText(text).replace(/["&`]/g, mermaidEntity);

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Up to three customers' names, then how many more. */
function namesText(timeline: Timeline): string {
  const names = timeline.customers.map((lane) => lane.customer.name);
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}

/** Threads whose lanes hold a brew: the barista threads that computed (or the shop loop, in blocking mode). */
const threadsThatBrewed = (timeline: Timeline): number[] =>
  [...timeline.threads.values()]
    .filter((lane) => lane.segments.some((segment) => segment.stepKind === 'brew'))
    .map((lane) => lane.thread);

/** Where the brews computed: on how many threads, or on the shop's own event loop. */
function brewedOn(timeline: Timeline): string {
  const threads = threadsThatBrewed(timeline);
  if (threads.length === 1 && threads[0] === MAIN_THREAD) return `brews on ${shopLoopInWords}`;
  return `brews on ${plural(threads.length, 'thread')}`;
}

/** A box: the guide's words, then what this run measured, a line each (already inert). */
const box = (guide: string, measured: string[]) => [guide, ...measured].join('\n');

/** What the run measured, line by line, for each box (only the branch it took gets its figures). */
function measuredLines(timeline: Timeline, figures: Figures, machineCores: number | null) {
  const p = figures.parallelism;
  const branch = branchOf(figures);
  const notThisRun = ['(not this run)'];
  const here = machineCores === null ? '' : ` · ${plural(machineCores, 'core')} here`;
  const coresUsed =
    p.brewSegments === 0 ? `no brew computed${here}` : `${brewedOn(timeline)}${here}`;
  const atOnce = `up to ${coresText(p.atOncePeak)} cores computing at once`;
  const busy = busyMachineNote(p);
  const switching = figures.switching;
  const turns =
    p.brewSegments === 0
      ? 'one event loop switched between the waits'
      : switching !== null
        ? `switching cost ${percentText(switching.fraction)} of the brew time (${switching.switches} switch${switching.switches === 1 ? '' : 'es'}, ${Math.round(switching.gapMs)} ms idle)`
        : timeline.info.mode === 'blocking'
          ? `one brew at a time on the loop: it stalled up to ${Math.round(figures.stalls.longestStallMs)} ms`
          : timeline.info.mode === 'gil'
            ? 'one global lock: the brews took turns on the CPU'
            : 'the brews took turns on the CPU';
  const taken = (lines: Array<string | null>) => lines.filter((line) => line !== null);
  return {
    arrive: [
      `${plural(timeline.customers.length, 'order')}: ${flowchartText(namesText(timeline))}`,
      `in progress at once: up to ${p.inProgressPeak}`,
    ],
    singleCore: [coresUsed],
    switching: branch === 'single-core' ? [turns] : notThisRun,
    interleaved:
      branch === 'single-core'
        ? taken([
            `up to ${plural(p.inProgressPeak, 'order')} in progress`,
            atOnce,
            busy,
            `${secondsText(figures.totalWorkMs)} of work done in ${secondsText(figures.makespanMs)}`,
          ])
        : notThisRun,
    multipleCores:
      branch === 'multiple-cores'
        ? [`mean ${coresText(p.atOnceMean)} cores while brewing`]
        : notThisRun,
    simultaneous:
      branch === 'multiple-cores' ? taken([atOnce, cpuSpeedupText(p), busy]) : notThisRun,
  };
}

/**
 * The guide's flowchart ("tasks arrive → single core? → context switching / multiple
 * cores → simultaneous", in its words), each box annotated with what this run
 * measured (the cores its brews used, the orders in progress at once, the brews at
 * once on the CPU) and the branch the run took drawn bold, the other dashed. The
 * branch is the measurement's: brews at once on `simultaneousCores` or more took
 * the multiple-cores branch. `machineCores` is the run file's machine, when known.
 * Names are data: see `flowchartText`.
 */
export function timelineFlowchart(
  timeline: Timeline,
  figures: Figures,
  machineCores: number | null = null,
): string {
  const lines = measuredLines(timeline, figures, machineCores);
  const branch = branchOf(figures);
  const peak = coresText(figures.parallelism.atOncePeak);
  const yes = branch === 'single-core' ? `Yes: this run (at most ${peak} cores at once)` : 'Yes';
  const no = branch === 'multiple-cores' ? `No: this run (up to ${peak} cores at once)` : 'No';
  const taken =
    branch === 'single-core' ? ['switching', 'interleaved'] : ['multiple', 'simultaneous'];
  const other =
    branch === 'single-core' ? ['multiple', 'simultaneous'] : ['switching', 'interleaved'];
  // Links in the order they are written: 0 arrive→core, 1 yes, 2 switching→interleaved, 3 no, 4 multiple→simultaneous.
  const takenLinks = branch === 'single-core' ? [0, 1, 2] : [0, 3, 4];
  const otherLinks = branch === 'single-core' ? [3, 4] : [1, 2];
  const text = [
    '---',
    // YAML single quotes take no escapes; the title holds no run text (mode, baristas, makespan).
    `title: '${flowchartText(exportTitle(timeline, figures)).replace(/'/g, "''")}'`,
    'config:',
    '  flowchart:',
    `    wrappingWidth: ${wrappingWidth}`,
    '---',
    'flowchart TD',
    `  arrive["${box(guideWords.arrive, lines.arrive)}"]`,
    `  core{"${box(guideWords.singleCore, lines.singleCore)}"}`,
    `  switching["${box(guideWords.switching, lines.switching)}"]`,
    `  interleaved["${box(guideWords.interleaved, lines.interleaved)}"]`,
    `  multiple["${box(guideWords.multipleCores, lines.multipleCores)}"]`,
    `  simultaneous["${box(guideWords.simultaneous, lines.simultaneous)}"]`,
    '  arrive --> core',
    `  core -->|"${yes}"| switching`,
    '  switching --> interleaved',
    `  core -->|"${no}"| multiple`,
    '  multiple --> simultaneous',
    `  classDef taken stroke:${okabeIto.blue},stroke-width:3px`,
    `  classDef other stroke:#999999,stroke-dasharray:6 4,color:#777777`,
    `  class arrive,core,${taken.join(',')} taken`,
    `  class ${other.join(',')} other`,
    `  linkStyle ${takenLinks.join(',')} stroke:${okabeIto.blue},stroke-width:3px`,
    `  linkStyle ${otherLinks.join(',')} stroke:#999999,stroke-dasharray:6 4`,
  ];
  return `${text.join('\n')}\n`;
}
