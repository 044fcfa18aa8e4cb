import type {ShopEvent} from '../protocol/events.js';

export const welcomeLine = 'Welcome to the coffee shop';

/** The shop's line for an event, in the words of the classic coffee-shop program, or null. */
export function shopLine(event: ShopEvent): string | null {
  switch (event.kind) {
    case 'run-start':
      return welcomeLine;
    case 'step-start':
      if (event.stepKind === 'order') return `Hi ${event.customer}, please place your order`;
      if (event.stepKind === 'serve')
        return `Hi ${event.customer}, your coffee is prepared and heading to the counter`;
      return null;
    case 'served':
      return `Hi ${event.customer}, your coffee is placed at the counter, please collect`;
    case 'failed':
      return `Hi ${event.customer}, we are sorry: your order failed (${event.reason})`;
    default:
      return null;
  }
}

export const processingTimeLine = (makespanMs: number): string =>
  `Processing time: ${(makespanMs / 1000).toFixed(3)} seconds`;
