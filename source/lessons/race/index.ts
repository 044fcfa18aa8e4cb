import type {OwnLesson} from '../lesson.js';

export const race = {
  id: 'race',
  kind: 'own',
  title: 'Pitfall: the tip-jar race',
  key: 't',
  help: 'the tip-jar race: real threads count tips unsafely, then with Atomics.add',
  lines: [
    'Baristas on real threads add tips to one counter: read it, add one, write it back.',
    'Two read the same amount and one tip vanishes. Atomics.add loses none.',
  ],
  running: 'the tip jar: barista threads counting tips, unsafe then atomic…',
  measure: async () => (await import('./measure.js')).measureRace,
} as const satisfies OwnLesson;
