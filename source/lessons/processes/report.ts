import type {JarRead, Lane} from './lane.js';
import type {ProcessesOutcome} from './run.js';
import type {ThreadsWay} from './thread-baristas.js';

const round = (ms: number) => Math.round(ms * 100) / 100;

const laneJson = (lane: Lane) => ({
  pid: lane.pid,
  thread_id: lane.threadId,
  spawn_ms: round(lane.spawnMs),
  ready_ms: round(lane.readyMs),
  brew_start_ms: round(lane.brewStartMs),
  end_ms: round(lane.endMs),
  startup_ms: round(lane.readyMs - lane.spawnMs),
  brew_ms: round(lane.endMs - lane.brewStartMs),
  ...(lane.rssBytes === undefined ? {} : {rss_bytes: lane.rssBytes}),
  ...(lane.privateBytes === undefined ? {} : {private_bytes: lane.privateBytes}),
});

const readsJson = (reads: readonly JarRead[]) =>
  reads.map((read) => ({at_ms: round(read.atMs), tips: read.tips}));

const threadsJson = (way: ThreadsWay) => ({
  lanes: way.lanes.map(laneJson),
  parent_rss_before_bytes: way.rssBeforeBytes,
  parent_rss_with_threads_bytes: way.rssWithThreadsBytes,
  rss_bytes_per_thread: Math.round(
    (way.rssWithThreadsBytes - way.rssBeforeBytes) / way.lanes.length,
  ),
});

const threadJarJson = (way: ThreadsWay, expected: number) => ({
  parent_reads: readsJson(way.jar.parentReads),
  atomic: way.jar.atomic,
  plain: way.jar.plain,
  plain_lost: expected - way.jar.plain,
});

/** How each figure of the --json document was measured, said in it. */
const howMeasured = {
  spawn_ms:
    "the parent's clock as it forked the child, made the Worker, or called the pool's run()",
  ready_ms: "the barista's own clock as its code began; brew_start_ms and end_ms on the same",
  rss_bytes:
    "a child's process.memoryUsage().rss, read in the child after its brew; private_bytes: of that, Private_Clean + Private_Dirty of /proc/self/smaps_rollup (Linux)",
  rss_bytes_per_thread:
    "this process's rss with the threads started (new threads: all brewed, alive; pooled: warm) minus its rss before them, divided by the threads",
  jars: "processes: a number in each child's memory, sent back on request; threads: one SharedArrayBuffer, Atomics.add (atomic) and a plain load, brew, store (plain)",
};

/**
 * The lesson's --json document: every measured interval (epoch ms, on the clock
 * of the thread or process that read it: spawn_ms on the parent's), every RSS
 * and the jars.
 */
export function processesSummary(outcome: ProcessesOutcome) {
  const expected = outcome.coffees * outcome.tipsPerCoffee;
  const {jar} = outcome.processes;
  return {
    coffees: outcome.coffees,
    brew_cpu_ms: round(outcome.brewMs),
    units_per_ms: outcome.unitsPerMs,
    tips_per_coffee: outcome.tipsPerCoffee,
    parent_pid: outcome.parentPid,
    how_measured: howMeasured,
    processes: {lanes: outcome.processes.lanes.map(laneJson)},
    threads: threadsJson(outcome.threads),
    pooled: threadsJson(outcome.pooled),
    jars: {
      expected,
      processes: {
        children: jar.children,
        parent_reads: readsJson(jar.parentReads),
        parent_before_collecting: jar.parentBeforeCollecting,
        collected: jar.collected,
      },
      threads: threadJarJson(outcome.threads, expected),
      pooled: threadJarJson(outcome.pooled, expected),
    },
  };
}

export type ProcessesSummary = ReturnType<typeof processesSummary>;
type LaneJson = ReturnType<typeof laneJson>;

/** Columns of a lane's bar. */
const barColumns = 36;

const overlap = (from: number, to: number, start: number, end: number) =>
  Math.max(0, Math.min(to, end) - Math.max(from, start));

/**
 * A lane as text from its measured intervals: `░` start-up, `█` brew, from
 * `originMs`, `msPerColumn` a column. A column is drawn when the lane covers at
 * least half of it, as the step that covers most of it.
 */
export function laneBar(lane: LaneJson, originMs: number, msPerColumn: number): string {
  let bar = '';
  for (let column = 0; column < barColumns; column++) {
    const from = originMs + column * msPerColumn;
    const to = from + msPerColumn;
    const startup = overlap(from, to, lane.spawn_ms, lane.ready_ms);
    const brew = overlap(from, to, lane.brew_start_ms, lane.end_ms);
    if (startup + brew < msPerColumn / 2) bar += ' ';
    else bar += startup > brew ? '░' : '█';
  }
  return bar;
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** At most `count` reads, evenly picked, first and last kept. */
function someReads(reads: ReadonlyArray<{tips: number}>, count = 5): string {
  const first = reads[0]?.tips;
  if (reads.length > 2 && reads.every((read) => read.tips === first)) {
    return `${first} in all ${reads.length} reads`;
  }
  if (reads.length <= count) return reads.map((read) => read.tips).join(' → ');
  const picked = Array.from(
    {length: count},
    (_, i) => reads[Math.round((i * (reads.length - 1)) / (count - 1))]!.tips,
  );
  return picked.join(' → ');
}

function wayLines(
  heading: string,
  lanes: readonly LaneJson[],
  scale: {msPerColumn: number},
  label: (lane: LaneJson) => string,
): string[] {
  const origin = Math.min(...lanes.map((lane) => lane.spawn_ms));
  return [
    heading,
    ...lanes.map((lane) => {
      const rss = lane.rss_bytes === undefined ? '' : `  rss ${mib(lane.rss_bytes)}`;
      return `  ${label(lane).padEnd(11)}${laneBar(lane, origin, scale.msPerColumn)}  up ${ms(lane.startup_ms)}  brew ${ms(lane.brew_ms)}${rss}`;
    }),
  ];
}

/** A process's memory, the median of its children: its RSS, and of it its own pages where known. */
function processMemory(lanes: readonly LaneJson[]) {
  const rss = median(lanes.map((lane) => lane.rss_bytes ?? 0));
  const own = lanes.every((lane) => lane.private_bytes !== undefined)
    ? median(lanes.map((lane) => lane.private_bytes ?? 0))
    : null;
  return {rss, own};
}

function processMemoryLine(lanes: readonly LaneJson[]): string {
  const {rss, own} = processMemory(lanes);
  return own === null
    ? `  rss read in each child: ${mib(rss)} (its whole memory, node's code included)`
    : `  rss read in each child: ${mib(rss)}, of it ${mib(own)} its own (the rest node's code, shared)`;
}

function threadMemoryLine(way: ProcessesSummary['threads'], how: string): string {
  const grew = way.parent_rss_with_threads_bytes - way.parent_rss_before_bytes;
  return `  this process's rss ${grew >= 0 ? '+' : '-'}${mib(Math.abs(grew))} ${how}: ${mib(way.rss_bytes_per_thread)} a thread`;
}

function threadJarLines(name: string, jar: ProcessesSummary['jars']['threads']): string[] {
  const pad = ' '.repeat(13);
  return [
    `  ${name.padEnd(11)}one shared jar, the parent's reads as they brewed: ${someReads(jar.parent_reads, 4)}`,
    `${pad}(Atomics.add). A plain read, brew, write back on the same jar counted ${jar.plain}:`,
    `${pad}${jar.plain_lost > 0 ? `${jar.plain_lost} lost, the threads raced (key t).` : 'none lost this time; the race is real (key t).'}`,
  ];
}

function memoryLines(summary: ProcessesSummary): string[] {
  const {rss, own} = processMemory(summary.processes.lanes);
  const process =
    own === null
      ? `${mib(rss)} rss (node's code included)`
      : `${mib(own)} of its own (of ${mib(rss)} rss: node's code is shared)`;
  return [
    `Memory a barista: a process ${process},`,
    `a new thread ${mib(summary.threads.rss_bytes_per_thread)}, a pooled one ${mib(summary.pooled.rss_bytes_per_thread)} (this process's rss growth, divided by ${summary.coffees}).`,
  ];
}

/** The lesson's report, line by line (the command and the dashboard's panel). */
export function processesLines(summary: ProcessesSummary): string[] {
  const ways = [summary.processes.lanes, summary.threads.lanes, summary.pooled.lanes];
  const span = Math.max(
    ...ways.map(
      (lanes) =>
        Math.max(...lanes.map((lane) => lane.end_ms)) -
        Math.min(...lanes.map((lane) => lane.spawn_ms)),
    ),
  );
  const scale = {msPerColumn: span / barColumns};
  const n = summary.coffees;
  const {jars} = summary;
  const startups = ways.map((lanes) => median(lanes.map((lane) => lane.startup_ms)));
  return [
    `Lesson: processes against threads. ${n} coffees made three ways,`,
    `the same brew each (planned as ${summary.brew_cpu_ms} ms of CPU work).`,
    `░ start-up: asked for (parent's clock) to running (its own)  █ brew  one column = ${scale.msPerColumn.toFixed(1)} ms`,
    '',
    ...wayLines(
      'one process per coffee (child_process.fork), as the seed program does',
      summary.processes.lanes,
      scale,
      (lane) => `pid ${lane.pid}`,
    ),
    processMemoryLine(summary.processes.lanes),
    ...wayLines(
      `a new thread per coffee (new Worker), in this process (pid ${summary.parent_pid})`,
      summary.threads.lanes,
      scale,
      (lane) => `thread ${lane.thread_id}`,
    ),
    threadMemoryLine(summary.threads, `with the ${n} threads alive`),
    ...wayLines(
      `pooled threads (piscina: ${n} threads started and warm before)`,
      summary.pooled.lanes,
      scale,
      (lane) => `thread ${lane.thread_id}`,
    ),
    threadMemoryLine(summary.pooled, `for the pool's ${n} threads`),
    '',
    `Start-up (median): ${startups[0]!.toFixed(1)} ms a process, ${startups[1]!.toFixed(1)} ms a new thread, ${startups[2]!.toFixed(1)} ms a pooled thread.`,
    ...memoryLines(summary),
    '',
    `The tip jar, ${summary.tips_per_coffee} tips a coffee, ${jars.expected} in all:`,
    `  processes  each counted in its own jar: ${jars.processes.children.map((child) => child.tips).join(' ')}.`,
    `             The parent's jar read ${someReads(jars.processes.parent_reads)} while they brewed, and ${jars.processes.parent_before_collecting} after.`,
    `             Each child sent its tips back: the parent's jar holds ${jars.processes.collected}.`,
    ...threadJarLines('threads', jars.threads),
    ...threadJarLines('pooled', jars.pooled),
  ];
}
