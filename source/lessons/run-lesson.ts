import {isOwnLessonId, lessonById} from './index.js';
import type {OwnLessonSettings} from './lesson.js';

/**
 * Runs a lesson with its own mechanism for real, as `brewlanes lesson NAME` does
 * (the same function, the same settings), and reports it line by line: for the
 * dashboard's panel, on the shop's thread. `name` comes over from the dashboard's
 * thread: one that is not such a lesson is refused.
 */
export async function runLessonLines(
  name: string,
  settings: OwnLessonSettings,
  onLine: (line: string) => void,
  signal: AbortSignal,
): Promise<void> {
  if (!isOwnLessonId(name)) throw new Error(`no lesson "${name}" to run in the panel`);
  const measure = await lessonById(name).measure();
  const report = await measure(settings, signal, onLine);
  if (report !== null) for (const line of report.lines) onLine(line);
}
