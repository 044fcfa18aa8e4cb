import {abortOnSignals, EXIT_INTERRUPTED} from '../cli/interrupt.js';
import type {RunSettings} from '../cli/options.js';
import {lessonById, type LessonId, type LessonReport} from '../lessons/index.js';
import {plainRun} from './plain.js';

/**
 * `brewlanes lesson NAME`: one lesson on its own, measured by the same function
 * as in the dashboard's panel. Its report as lines (`--plain`, the lines it
 * prints while it measures first) or as one JSON document (`--json`). A lesson
 * that is a run of the shop without a report of its own is a plain run in its mode.
 */
export async function lessonRun(
  id: LessonId,
  settings: RunSettings,
  out: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  const lesson = lessonById(id);
  let measure;
  if (lesson.kind === 'own') measure = await lesson.measure();
  else if (lesson.measure) measure = await lesson.measure();
  else return plainRun({...settings, mode: lesson.run.mode}, out);
  const write = (line: string) => out.write(`${line}\n`);
  const interrupt = new AbortController();
  const removeHandlers = abortOnSignals(interrupt);
  let report: LessonReport | null;
  try {
    report = await measure(settings, interrupt.signal, (line) => {
      if (!settings.json) write(line);
    });
  } finally {
    removeHandlers();
  }
  if (report === null) return EXIT_INTERRUPTED;
  if (settings.json) write(JSON.stringify(report.json, null, 2));
  else for (const line of report.lines) write(line);
  return report.failed ? 1 : 0;
}
