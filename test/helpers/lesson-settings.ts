import type {RunSettings} from '../../source/protocol/run-settings.js';

/** The settings `brewlanes lesson NAME --json` runs with in the tests: 2 threads, speed 4, io. */
export const lessonSettings = (extra: Partial<RunSettings> = {}): RunSettings => ({
  mode: 'hybrid',
  workers: 2,
  customers: 4,
  workload: 'io',
  seed: 7,
  speed: 4,
  scenario: null,
  plain: true,
  json: true,
  theme: 'dark',
  ...extra,
});
