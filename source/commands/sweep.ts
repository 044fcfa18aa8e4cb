import {sweepSvg} from '../render/sweep-svg.js';
import {checkOutputPath, writeFileAtomically} from '../record/output-file.js';
import {UsageError} from '../usage-error.js';
import {abortOnSignals, EXIT_INTERRUPTED} from '../cli/interrupt.js';
import {maxWorkersSetting, type RawFlags, type RunSettings} from '../cli/options.js';
import {inertText} from '../protocol/inert-text.js';
import {measureSweep} from '../lessons/sweep/measure.js';
import {sweepSettingsFor, type SweepSettings} from '../lessons/sweep/settings.js';
import {sweepNotes} from '../lessons/sweep/run.js';

/** The sweep lesson's settings and the command's own: --json, --out FILE.svg, its theme. */
export type SweepCommandSettings = SweepSettings & {
  json: boolean;
  /** --out FILE.svg: the chart as a picture too. */
  out?: string | null;
  theme?: 'dark' | 'light';
  force?: boolean;
};

/** The sweep's settings (lessons/sweep/settings.ts), with what the flags say instead. */
export function sweepSettings(
  flags: RawFlags,
  run: RunSettings,
  cores: number,
): SweepCommandSettings {
  return {
    ...sweepSettingsFor(run.seed, cores, {
      maxWorkers: maxWorkersSetting(flags, cores),
      ...(flags.customers === undefined ? {} : {customers: run.customers}),
      ...(flags.speed === undefined ? {} : {speed: run.speed}),
    }),
    json: run.json,
    out: sweepOut(flags),
    theme: run.theme,
    force: run.force ?? false,
  };
}

function sweepOut(flags: RawFlags): string | null {
  const out = flags.out;
  if (out === undefined) return null;
  if (typeof out !== 'string' || !out.toLowerCase().endsWith('.svg')) {
    throw new UsageError(
      `--out ${JSON.stringify(out ?? '')} is not accepted for the sweep; use a file name ending in .svg`,
    );
  }
  checkOutputPath(out, flags.force === true, `--out ${out}`);
  return out;
}

/** `brewlanes sweep`: the measured speed-up against the number of worker threads. */
export async function sweepRun(
  settings: SweepCommandSettings,
  out: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  const write = (line: string) => out.write(`${line}\n`);
  const interrupt = new AbortController();
  const removeHandlers = abortOnSignals(interrupt);
  try {
    const report = await measureSweep(
      {workers: settings.maxWorkers, speed: settings.speed, seed: settings.seed},
      interrupt.signal,
      (line) => {
        if (!settings.json) write(line);
      },
      settings,
    );
    if (report === null) return EXIT_INTERRUPTED;
    if (settings.out) {
      writeFileAtomically(
        settings.out,
        sweepSvg(report.figures, settings.theme, undefined, sweepNotes(report.figures)),
        settings.force ?? false,
        `--out ${settings.out}`,
      );
      if (!settings.json) write(`wrote ${inertText(settings.out)}`);
    }
    if (settings.json) write(JSON.stringify(report.json, null, 2));
    else for (const line of report.lines) write(line);
    return 0;
  } finally {
    removeHandlers();
  }
}
