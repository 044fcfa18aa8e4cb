import type {ShopEvent} from '../protocol/events.js';
import {skins, wordsOf, type Who, type Words} from '../protocol/skins.js';

/**
 * A reader of a run's events that gives the shop's line for each, or null: in the
 * words of the run's skin (the run-start event says which, protocol/skins.ts), so
 * the coffee shop says "Hi 1, please place your order" as the seed program does,
 * the snippets' tasks "Task 1 started", the course's web server "Handling request 0".
 * One reader per run: it learns the customers' names from the run's start.
 */
export function shopLineReader(): (event: ShopEvent) => string | null {
  let words: Words = skins.coffee;
  const who = new Map<number, Who>();
  const whoIs = (id: number): Who => who.get(id) ?? {id, name: String(id), drink: ''};
  return (event) => {
    switch (event.kind) {
      case 'run-start':
        words = wordsOf(event.info);
        who.clear();
        for (const {id, name, drink} of event.info.customers) who.set(id, {id, name, drink});
        return words.lines.welcome;
      case 'step-start': {
        const {started, ordering, serving} = words.lines;
        const customer = whoIs(event.customer);
        if (event.step === 0 && started) return started(customer);
        if (event.stepKind === 'order' && ordering) return ordering(customer);
        if (event.stepKind === 'serve' && serving) return serving(customer);
        return null;
      }
      case 'served':
        return words.lines.served(whoIs(event.customer));
      case 'failed':
        return words.lines.failed(whoIs(event.customer), event.reason);
      default:
        return null;
    }
  };
}

/** The run's last line, its measured makespan, in the skin's words. */
export const processingTimeLine = (makespanMs: number, words: Words = skins.coffee): string =>
  words.lines.total(makespanMs);
