import type {Menu} from '../protocol/vocabulary.js';
import type {Customer} from '../protocol/vocabulary.js';
import type {ShopEvent} from '../protocol/events.js';
import {holdsUnsafeText, inertText} from '../protocol/inert-text.js';

/** The most distinct threads a saved run may name: the main thread, 256 baristas, and room for restarts. */
export const maxThreadsInRun = 1024;

/**
 * What schema/run.schema.json cannot say about a saved run's events: the first is
 * the run-start and no other is, no measured interval ends before it starts, the
 * run-start's customers have unique ids, and the threads are few enough to draw.
 * A loop over the events, never a spread or a recursion: a run holds a million.
 */
export function checkEventsMakeSense(
  events: readonly ShopEvent[],
  fail: (what: string) => never,
): void {
  const first = events[0];
  if (first?.kind !== 'run-start') return fail('events[0] must be the run-start event');
  const ids = new Set<number>();
  first.info.customers.forEach((customer, index) => {
    if (ids.has(customer.id)) {
      fail(`events[0].info.customers[${index}].id must be unique (${customer.id} appears twice)`);
    }
    ids.add(customer.id);
  });
  const threads = new Set<number>();
  for (let index = 1; index < events.length; index++) {
    const event = events[index]!;
    switch (event.kind) {
      case 'run-start':
        return fail(`events[${index}] is a second run-start event; a run has one, first`);
      case 'segment':
        threads.add(event.thread);
        if (threads.size > maxThreadsInRun) {
          fail(
            `events[${index}].thread is one thread too many; a run has at most ${maxThreadsInRun}`,
          );
        }
      // falls through: a segment is an interval too
      case 'queue':
      case 'loop':
        if (event.end < event.start) {
          fail(
            `events[${index}].end must be >= start (it ends at ${event.end}, before ${event.start})`,
          );
        }
        break;
      default:
        break;
    }
  }
}

/** Customers with inert names and drinks. */
export const inertCustomers = (customers: readonly Customer[]): Customer[] =>
  customers.map((customer) =>
    holdsUnsafeText(customer.name) || holdsUnsafeText(customer.drink)
      ? {...customer, name: inertText(customer.name), drink: inertText(customer.drink)}
      : customer,
  );

/** A menu under inert drink names, with no prototype (see engine/menu.ts). */
export function inertMenu(menu: Menu): Menu {
  const shown: Menu = Object.create(null) as Menu;
  for (const [drink, recipe] of Object.entries(menu)) shown[inertText(drink)] = recipe;
  return shown;
}

/**
 * The events with every text in them inert: the run-start's scenario name and
 * customers, each failure's reason. Every other string field of an event is one of
 * a few words the schema names. Replaced in place: the array came from the file.
 */
export function inertEvents(events: ShopEvent[]): ShopEvent[] {
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    if (event.kind === 'run-start') {
      events[index] = {
        ...event,
        info: {
          ...event.info,
          seed: event.info.seed ?? null,
          scenarioName: inertText(event.info.scenarioName),
          customers: inertCustomers(event.info.customers),
        },
      };
    } else if (event.kind === 'failed' && holdsUnsafeText(event.reason)) {
      events[index] = {...event, reason: inertText(event.reason)};
    }
  }
  return events;
}
