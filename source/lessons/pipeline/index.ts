import type {OwnLesson} from '../lesson.js';

export const pipeline = {
  id: 'pipeline',
  kind: 'own',
  title: 'The assembly line: stages that depend on each other',
  key: 'l',
  help: 'the assembly line: grind → brew → froth, a thread per stage vs one barista',
  lines: [
    'One barista grinds, brews and froths each order; on the line, a barista per stage.',
    "An order's stages depend on each other and never overlap; different orders' stages do.",
    'The line finishes more orders a second, but no single order sooner.',
  ],
  running: 'the assembly line: the orders by one barista, then a barista per stage…',
  measure: async () => (await import('./measure.js')).measurePipeline,
} as const satisfies OwnLesson;
