import {runTimed} from './child.js';
import {cliPath} from './paths.js';
import {repeatPaired, summary} from './stats.js';

/** Wall time of one `node …` start to exit (ms); throws if it fails. */
async function nodeWallMs(args) {
  const result = await runTimed(process.execPath, args, {timeoutMs: 20_000});
  if (result.code !== 0) throw new Error(`node ${args.join(' ')} exited ${result.code}`);
  return result.wallMs;
}

/**
 * 5a. Start-up: `brewlanes --help` (spawn to exit), paired with a bare `node -e 0`
 * so that the command's own share (loading its modules) shows apart from Node's start.
 */
export async function helpStartup({reps, log}) {
  const count = Math.max(10, reps * 2);
  const pairs = await repeatPaired(
    count,
    () => nodeWallMs([cliPath, '--help']),
    () => nodeWallMs(['-e', '0']),
  );
  const help = summary(pairs.a);
  const own = summary(pairs.a.map((value, i) => value - pairs.b[i]));
  log(`  --help ${help.median.toFixed(0)} ms, bare node ${summary(pairs.b).median.toFixed(0)} ms`);
  return [
    {
      id: '5',
      figure: 'start-up: brewlanes --help, spawn to exit',
      value: help.median,
      unit: 'ms',
      digits: 0,
      range: [help.min, help.max],
      reps: help.n,
      note: `bare node -e 0: ${summary(pairs.b).median.toFixed(0)} ms; the command's own share ${own.median.toFixed(0)} ms (paired)`,
    },
  ];
}
