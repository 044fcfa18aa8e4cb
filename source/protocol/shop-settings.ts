import type {Mode, Workload} from './vocabulary.js';
import type {SkinName} from './skins.js';

/**
 * What the shop is asked to run: the mode, the barista threads, the customers
 * (generated from the seed, or a scenario file), the time scale, the shared
 * machines and the slice. A run of the shop and every lesson read these; the
 * command line's RunSettings (cli/options.ts) adds its output flags. Plain data,
 * so that it crosses to the shop's thread as it is.
 */
export type ShopSettings = {
  mode: Mode;
  workers: number;
  customers: number;
  workload: Workload;
  seed: number;
  speed: number;
  scenario: string | null;
  /** Espresso machines shared by the `machine` steps (--machines); unlimited when absent. */
  machines?: number;
  /** Length of a brew slice in concurrent mode, ms at time scale 1 (--slice). */
  sliceMs?: number;
  /** --skin: the words the run is told in; absent: the scenario's, else the coffee shop's. */
  skin?: SkinName;
};
