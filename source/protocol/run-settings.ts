import type {Mode, ThemeName, Workload} from './vocabulary.js';

/**
 * What a run was asked for: the flags, judged (cli/options.ts runSettings makes one).
 * It lives here, below the lessons and the dashboard that read it, so that they
 * need not import the flag parser.
 */
export type RunSettings = {
  mode: Mode;
  workers: number;
  customers: number;
  workload: Workload;
  seed: number;
  speed: number;
  scenario: string | null;
  plain: boolean;
  json: boolean;
  /** Espresso machines shared by the `machine` steps (--machines); unlimited when absent. */
  machines?: number;
  /** Length of a brew slice in concurrent mode, ms at time scale 1 (--slice). */
  sliceMs?: number;
  /** --save FILE: the run's measured events (record/run-file.ts). */
  save?: string | null;
  /** --record FILE: the session as an asciicast v2 file (record/asciicast.ts). */
  record?: string | null;
  /** --force: overwrite an existing --save, --record or export file. */
  force?: boolean;
  /** The dashboard's colours: for a dark or a light terminal background. */
  theme: ThemeName;
};
