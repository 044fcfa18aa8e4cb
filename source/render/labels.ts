import type {Segment, Timeline} from '../timeline/reduce.js';

/** What the docs write inside a customer's segment: the step, or for a brew slice its number (`A1`). */
export function customerSegmentLabel(timeline: Timeline, segment: Segment): string {
  if (segment.slice !== undefined)
    return `${initialOf(timeline, segment.customer)}${segment.slice}`;
  return segment.stepKind;
}

/** What a barista lane writes inside a brew: whose it is (`Ana`, or `A1` for a slice). */
export function baristaSegmentLabel(timeline: Timeline, segment: Segment): string {
  const name = nameOf(timeline, segment.customer);
  return segment.slice === undefined
    ? name
    : `${initialOf(timeline, segment.customer)}${segment.slice}`;
}

export const nameOf = (timeline: Timeline, customer: number): string =>
  timeline.customerById.get(customer)?.customer.name ?? String(customer);

const initialOf = (timeline: Timeline, customer: number): string =>
  nameOf(timeline, customer).slice(0, 1);

export const baristaName = (thread: number): string => `barista t${thread}`;
