import type {RunSettings} from '../cli/options.js';
import type {LessonName} from '../lessons/names.js';

export {isLessonName, lessonNames, type LessonName} from '../lessons/names.js';

export async function lessonRun(name: LessonName, settings: RunSettings): Promise<number> {
  switch (name) {
    case 'machine':
      return (await import('../lessons/machine/report.js')).machineLesson(settings);
    case 'race':
      return (await import('./lesson-race.js')).raceLesson(settings);
    case 'deadlock':
      return (await import('./lesson-deadlock.js')).deadlockLesson(settings);
  }
}
