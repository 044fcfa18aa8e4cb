import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';
import {baristaNumbers} from '../timeline/baristas.js';
import type {Segment, Timeline} from '../timeline/reduce.js';
import {skins, wordsOf, type Words} from '../protocol/skins.js';

/**
 * Each customer's letter, in the order of the scenario: A…Z, then AA, AB, … (as
 * spreadsheet columns), so no two customers share one. The customer lanes, the
 * barista lanes and every export use the same letters.
 */
export function letterOfIndex(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const lettersByTimeline = new WeakMap<Timeline['customers'], Map<number, string>>();

export function customerLetter(timeline: Timeline, customer: number): string {
  let letters = lettersByTimeline.get(timeline.customers);
  if (!letters) {
    letters = new Map(timeline.customers.map((lane, i) => [lane.customer.id, letterOfIndex(i)]));
    lettersByTimeline.set(timeline.customers, letters);
  }
  return letters.get(customer) ?? '?';
}

/** A run of slices: `A1` for one, `A1-3` for several in a row. */
function sliceRun(timeline: Timeline, first: Segment, last: Segment): string {
  const letter = customerLetter(timeline, first.customer);
  return last.slice !== undefined && last.slice !== first.slice
    ? `${letter}${first.slice}-${last.slice}`
    : `${letter}${first.slice}`;
}

/** What the docs write inside a customer's segment: the step, or for a brew slice its number (`A1`). */
export function customerSegmentLabel(timeline: Timeline, segment: Segment): string {
  return segment.slice !== undefined
    ? sliceRun(timeline, segment, segment)
    : wordsOf(timeline.info).steps[segment.stepKind];
}

/** What a barista lane writes inside a brew: whose it is (`Ana`, or `A1` for a slice). */
export function baristaSegmentLabel(timeline: Timeline, segment: Segment): string {
  return segment.slice !== undefined
    ? sliceRun(timeline, segment, segment)
    : nameOf(timeline, segment.customer);
}

/** A name written inside a lane: plain printable ASCII only (a lane has one column per character). */
const laneSafe = (name: string): boolean => /^[\x20-\x7e]+$/.test(name);

/**
 * A mark in a customer's text lane, best first: the step, or for a run of brew
 * slices their numbers (`A1`, `A1-3`), else the customer's letter.
 */
export function customerMarkLabel(timeline: Timeline, first: Segment, last: Segment): string[] {
  if (first.slice === undefined) return [wordsOf(timeline.info).steps[first.stepKind]];
  return [sliceRun(timeline, first, last), customerLetter(timeline, first.customer)];
}

/** A mark in a barista's text lane, best first: `A1`/`A1-3` for slices, `A Ana` for a whole brew, else `A`. */
export function baristaMarkLabel(timeline: Timeline, first: Segment, last: Segment): string[] {
  const letter = customerLetter(timeline, first.customer);
  if (first.slice !== undefined) return [sliceRun(timeline, first, last), letter];
  const name = nameOf(timeline, first.customer);
  return laneSafe(name) ? [`${letter} ${name}`, letter] : [letter];
}

export const nameOf = (timeline: Timeline, customer: number): string =>
  timeline.customerById.get(customer)?.customer.name ?? String(customer);

/** A customer's name as its lane is titled: its letter, then its name (`A Ana`). */
export const laneTitle = (timeline: Timeline, customer: number): string =>
  `${customerLetter(timeline, customer)} ${nameOf(timeline, customer)}`;

/**
 * Thread 0 of the events: the shop's event loop (its customers' coroutines, its
 * brew dispatch, its loop monitor), on a thread of its own since the shop left
 * the process's main thread, which only draws. One name for it everywhere:
 * `shopLoopLabel` where a lane, a row or a figure is labelled, `shopLoopInWords`
 * in a sentence. Never "the main thread": that is the dashboard's.
 */
export const shopLoopLabel = 'shop loop';
export const shopLoopInWords = "the shop's event loop";
/** The lane of the shop loop's measured busy level (and lag), beside its brews' lane in blocking mode. */
export const shopLoopBusyLabel = `${shopLoopLabel} busy`;

/**
 * What an audience reads for a barista thread, on screen and in every export:
 * `barista 1`…`barista N`, numbered in thread order (`baristaNumbers`). Thread
 * ids stay in the trace's tid and in the saved run.
 */
export const baristaLabel = (number: number, words: Words = skins.coffee): string =>
  `${words.prose.barista} ${number}`;

/** The label of `thread` in `timeline`: its barista number (`barista 2`), as the dashboard shows it. */
export function baristaName(timeline: Timeline, thread: number): string {
  const number = baristaNumbers(timeline).get(thread);
  return number === undefined ? `thread ${thread}` : baristaLabel(number, wordsOf(timeline.info));
}

/** Columns `text` takes on a terminal (wide characters count 2, combining marks 0). */
export const displayWidth = (text: string): number => stringWidth(text);

/** `text` cut (with `…`) or padded to exactly `width` columns, measured as a terminal shows it. */
export function fitWidth(text: string, width: number): string {
  if (width <= 0) return '';
  const cut =
    stringWidth(text) > width ? cliTruncate(text, width, {truncationCharacter: '…'}) : text;
  return cut + ' '.repeat(Math.max(0, width - stringWidth(cut)));
}
