import type {RunSettings} from '../cli/options.js';

export const lessonNames = ['machine', 'race', 'deadlock'] as const;
export type LessonName = (typeof lessonNames)[number];

export const isLessonName = (name: string): name is LessonName =>
  (lessonNames as readonly string[]).includes(name);

/** `brewlanes lesson NAME`: one lesson on its own. */
export async function lessonRun(name: LessonName, settings: RunSettings): Promise<number> {
  switch (name) {
    case 'machine':
      return (await import('./lesson-machine.js')).machineLesson(settings);
    case 'race':
      return (await import('./lesson-race.js')).raceLesson(settings);
    case 'deadlock':
      return (await import('./lesson-deadlock.js')).deadlockLesson(settings);
  }
}
