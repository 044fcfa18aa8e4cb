import type {DeadlockOutcome} from './deadlock.js';
import {roundMs} from '../../render/numbers.js';

const round = (ms: number | null) => (ms === null ? null : roundMs(ms));

/** The lesson's --json document. */
export const deadlockSummary = (outcome: DeadlockOutcome) => ({
  detected: outcome.deadlock.cycle !== null,
  cycle: (outcome.deadlock.cycle ?? []).map((link) => ({
    barista: link.barista,
    thread: link.thread,
    holds: link.holds,
    waits_for: link.waitsFor,
  })),
  detected_after_ms: round(outcome.deadlock.detectedAfterMs),
  timeout_ms: outcome.timeoutMs,
  attempts: outcome.attempts,
  ended_threads: outcome.deadlock.endedThreads,
  fixed_completed: outcome.fixed.completed.every(Boolean),
  fixed_ms: round(outcome.fixed.elapsedMs),
});

/** The lesson's report, line by line (the command and the dashboard's panel). */
export function deadlockLines(summary: ReturnType<typeof deadlockSummary>): string[] {
  const lines: string[] = [];
  lines.push('Lesson: deadlock. Barista 1 takes the grinder, then the steamer;');
  lines.push(
    'barista 2 takes the steamer, then the grinder. Both are real threads, both locks live in shared memory.',
  );
  lines.push('');
  if (summary.detected) {
    lines.push(
      `The watchdog found a cycle after ${summary.detected_after_ms!.toFixed(1)} ms (it gives up at ${summary.timeout_ms} ms):`,
    );
    for (const link of summary.cycle) {
      lines.push(
        `  barista ${link.barista} (thread ${link.thread}) holds the ${link.holds} and waits for the ${link.waits_for}`,
      );
    }
    lines.push(`Nobody can go on, so it ended threads ${summary.ended_threads.join(' and ')}.`);
  } else {
    lines.push(
      `No deadlock in ${summary.attempts} tries: the threads missed each other (the race is real).`,
    );
  }
  lines.push('');
  lines.push(
    `The fix, one lock order (grinder, then steamer) for everyone: ${summary.fixed_completed ? `both baristas finished in ${summary.fixed_ms!.toFixed(1)} ms` : 'did not finish (see the timeout)'}.`,
  );
  return lines;
}
