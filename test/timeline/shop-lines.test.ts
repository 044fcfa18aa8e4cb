import {describe, expect, it} from 'vitest';
import type {ShopEvent} from '../../source/protocol/events.js';
import type {SkinName} from '../../source/protocol/skins.js';
import {processingTimeLine, shopLineReader} from '../../source/timeline/shop-lines.js';
import {skins} from '../../source/protocol/skins.js';
import {info} from '../fixtures/ui-runs.js';

/** Ana (id 1) orders, is served; Ben (id 2) fails: the shop's lines of that run in `skin`'s words. */
function linesOf(skin?: SkinName): string[] {
  const events: ShopEvent[] = [
    {kind: 'run-start', t: 0, info: info(skin === undefined ? {} : {skin})},
    {kind: 'step-start', t: 0, customer: 1, step: 0, stepKind: 'order'},
    {kind: 'step-start', t: 0, customer: 2, step: 0, stepKind: 'order'},
    {kind: 'step-start', t: 100, customer: 1, step: 1, stepKind: 'serve'},
    {kind: 'served', t: 120, customer: 1},
    {kind: 'failed', t: 130, customer: 2, reason: 'thread crashed'},
  ];
  const lineOf = shopLineReader();
  return events.map(lineOf).filter((line): line is string => line !== null);
}

describe('the shop lines follow the run words', () => {
  it('the coffee shop: the seed program lines, by customer number', () => {
    expect(linesOf()).toEqual([
      'Welcome to the coffee shop',
      'Hi 1, please place your order',
      'Hi 2, please place your order',
      'Hi 1, your coffee is prepared and heading to the counter',
      'Hi 1, your coffee is placed at the counter, please collect',
      'Hi 2, we are sorry: your order failed (thread crashed)',
    ]);
  });

  it('tasks: started and finished, by name, as the snippets print them', () => {
    expect(linesOf('tasks')).toEqual([
      'Task Ana started',
      'Task Ben started',
      'Task Ana finished',
      'Task Ben failed (thread crashed)',
    ]);
  });

  it('the web server: requests handled and finished', () => {
    expect(linesOf('server')).toEqual([
      'Handling request Ana',
      'Handling request Ben',
      'Finished request Ana',
      'Request Ben failed (thread crashed)',
    ]);
  });

  it('the last line in the skin words', () => {
    expect(processingTimeLine(2536)).toBe('Processing time: 2.536 seconds');
    expect(processingTimeLine(3004, skins.tasks)).toBe('Total time: 3.00 sec');
  });
});
