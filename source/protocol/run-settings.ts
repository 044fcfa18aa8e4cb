import type {ThemeName} from './vocabulary.js';
import type {ShopSettings} from './shop-settings.js';

/**
 * What a run was asked for: the shop's settings (shop-settings.ts) and the command
 * line's own flags, judged (cli/options.ts runSettings makes one). It lives here,
 * below the lessons and the dashboard that read it, so that they need not import
 * the flag parser.
 */
export type RunSettings = ShopSettings & {
  plain: boolean;
  json: boolean;
  /** --save FILE: the run's measured events (record/run-file.ts). */
  save?: string | null;
  /** --record FILE: the session as an asciicast v2 file (record/asciicast.ts). */
  record?: string | null;
  /** --force: overwrite an existing --save, --record or export file. */
  force?: boolean;
  /** The dashboard's colours: for a dark or a light terminal background. */
  theme: ThemeName;
};
