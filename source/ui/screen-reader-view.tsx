import {busyMachineNote, lessonHeadline} from '../render/figures-text.js';
import {speedupTeaches} from '../timeline/figures.js';
import {Box, Text} from 'ink';
import type {RunSettings} from '../protocol/run-settings.js';
import {baristasFor, modeExplanations} from '../engine/modes.js';
import {nameOf} from '../render/labels.js';
import type {Figures} from '../timeline/figures.js';
import {customerStatus, type Timeline} from '../timeline/reduce.js';
import {reword, wordsOf} from '../protocol/skins.js';
import type {BaristaRow} from './live-lanes.js';

/**
 * What a screen reader reads: the mode, what each customer and barista is doing,
 * the figures; no box art. Times in whole seconds while running, so the text
 * changes when something happens rather than on every frame.
 */
export function screenReaderLines(
  settings: RunSettings,
  timeline: Timeline | null,
  rows: readonly BaristaRow[],
  figures: Figures | null,
  now: number,
  paused: boolean,
): string[] {
  // Our sentences in the run's words (protocol/skins.ts); the customers' names are data, never reworded.
  const words = wordsOf(timeline?.info ?? settings);
  const say = (text: string) => reword(text, words);
  const lines = [
    say(
      `Mode ${settings.mode}, ${baristasFor(settings.mode, settings.workers)} barista threads, ${settings.workload} workload, ${Math.floor(now / 1000)} seconds${paused ? ', paused' : ''}.`,
    ),
    say(modeExplanations[settings.mode]),
  ];
  if (!timeline) return [...lines, say('Starting the shop.')];
  for (const lane of timeline.customers) {
    lines.push(`${lane.customer.name}, ${lane.customer.drink}: ${customerStatus(lane)}.`);
  }
  for (const row of rows) {
    lines.push(
      `${row.label}: ${row.brewing === null ? 'idle' : `${say('brewing for')} ${nameOf(timeline, row.brewing)}`}, ${row.segments.length} ${say('brews')} so far.`,
    );
  }
  if (figures && timeline.endedAt !== null) {
    lines.push(
      say(
        `${figures.ordersDone} of ${figures.ordersTotal} orders served in ${(figures.makespanMs / 1000).toFixed(2)} seconds${figures.speedup !== null && speedupTeaches(timeline.info.mode) ? `, ${figures.speedup.toFixed(2)} times faster than sequential` : ''}.`,
      ),
    );
    lines.push(say(`${lessonHeadline(timeline, figures, false)}.`));
    const busy = busyMachineNote(figures.parallelism);
    if (busy !== null) lines.push(say(`${busy}.`));
  } else if (figures) {
    lines.push(say(`${figures.ordersDone} of ${figures.ordersTotal} orders served so far.`));
  }
  return lines;
}

export function ScreenReaderView({lines}: {lines: readonly string[]}) {
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <Text key={i}>{line}</Text>
      ))}
    </Box>
  );
}
