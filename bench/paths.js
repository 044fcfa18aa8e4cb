import {fileURLToPath} from 'node:url';

/**
 * The built command line, as `npm run bench` builds it; BREWLANES_BENCH_CLI runs
 * the benchmarks against another build (e.g. the code before a change).
 */
export const cliPath =
  process.env['BREWLANES_BENCH_CLI'] ?? fileURLToPath(new URL('../dist/cli.js', import.meta.url));
