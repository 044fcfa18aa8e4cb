import type {TipJarOutcome} from './tip-jar.js';

/** The lesson's --json document. */
export const raceSummary = (outcome: TipJarOutcome) => ({
  expected: outcome.expected,
  unsafe: outcome.unsafe.counted,
  atomic: outcome.atomic.counted,
  lost: outcome.expected - outcome.unsafe.counted,
  baristas: outcome.baristas,
  tips_per_barista: outcome.tipsPerBarista,
  unsafe_attempts: outcome.unsafeAttempts,
});

/** The lesson's report, line by line (the command and the dashboard's panel). */
export function raceLines(summary: ReturnType<typeof raceSummary>): string[] {
  const lines: string[] = [];
  const width = String(summary.expected).length;
  lines.push(
    `Lesson: the tip jar. ${summary.baristas} barista threads each add ${summary.tips_per_barista} tips to one counter in shared memory.`,
  );
  lines.push('');
  lines.push(`expected  ${String(summary.expected).padStart(width)}`);
  lines.push(
    `unsafe    ${String(summary.unsafe).padStart(width)}  ${summary.lost > 0 ? `${summary.lost} tips lost` : 'none lost this time'}: read the jar, count, write it back`,
  );
  lines.push(
    `atomic    ${String(summary.atomic).padStart(width)}  ${summary.atomic === summary.expected ? 'none lost' : `${summary.expected - summary.atomic} lost`}: Atomics.add, one indivisible step`,
  );
  if (summary.unsafe_attempts > 1) {
    lines.push(
      `(the unsafe count ran ${summary.unsafe_attempts} times: ${summary.lost > 0 ? 'the earlier rounds happened to lose nothing' : 'no round lost a tip; the race is real, so it may not bite'})`,
    );
  }
  lines.push('');
  lines.push(
    'Two baristas read the same amount, each adds a tip, each writes back: one tip vanishes.',
  );
  lines.push('Each read and each write is atomic on its own; the read-modify-write is not.');
  return lines;
}
