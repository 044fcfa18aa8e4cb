import {describe, expect, it} from 'vitest';
import {timelineText} from '../../source/render/ascii.js';
import {exportTitle} from '../../source/render/export-title.js';
import {figuresText} from '../../source/render/figures-text.js';
import {shopLoopInWords, shopLoopLabel} from '../../source/render/labels.js';
import {timelineMermaid} from '../../source/render/mermaid.js';
import {timelineSvg} from '../../source/render/svg.js';
import {timelineTrace} from '../../source/render/trace.js';
import type {ShopEvent} from '../../source/protocol/events.js';
import {computeFigures} from '../../source/timeline/figures.js';
import {eventsFinished, timelineOf} from '../fixtures/ui-runs.js';

/** A blocking run: the same customers, their brews on thread 0, the shop's event loop. */
function blockingRun() {
  const events = eventsFinished({mode: 'blocking', baristas: 0}).map((event): ShopEvent =>
    event.kind === 'segment' && event.stepKind === 'brew' ? {...event, thread: 0} : event,
  );
  const timeline = timelineOf(events);
  return {timeline, figures: computeFigures(timeline)};
}

describe('thread 0 is the shop loop in every export', () => {
  const {timeline, figures} = blockingRun();
  const exports: Record<string, string> = {
    txt: timelineText(timeline, 80).join('\n'),
    figures: figuresText(timeline, figures).join('\n'),
    title: exportTitle(timeline, figures),
    svg: timelineSvg(timeline, figures),
    mermaid: timelineMermaid(timeline, figures),
    trace: JSON.stringify(timelineTrace(timeline, figures)),
  };

  it('never calls it the main thread (the dashboard is)', () => {
    for (const [name, text] of Object.entries(exports)) {
      expect({name, main: /main thread|main event loop|\bmain \d/.test(text)}).toEqual({
        name,
        main: false,
      });
    }
  });

  it('names it with the one label or the one phrase', () => {
    expect(exports.title).toContain(`brews on ${shopLoopInWords}`);
    expect(exports.figures).toMatch(new RegExp(`^utilisation +${shopLoopLabel} \\d+%`, 'm'));
    expect(exports.figures).toContain(`blocking, brews on ${shopLoopInWords}`);
    expect(exports.mermaid).toMatch(new RegExp(`^  section ${shopLoopLabel} `, 'm'));
    const names = timelineTrace(timeline, figures)
      .traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.tid === 0)
      .map((e) => (e.args as {name: string}).name);
    expect(names).toContain(shopLoopLabel);
  });
});
