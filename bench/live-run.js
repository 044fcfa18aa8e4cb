import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {clearTimeout, setTimeout} from 'node:timers';
import pty from '../test/helpers/pseudo-terminal.js';
import xterm from '@xterm/headless';
import {cliPath} from './paths.js';

/**
 * Runs the real dashboard (`dist/cli.js` on a pseudo-terminal of 100 × 30, its
 * output parsed by a headless xterm, as a person's terminal would) until every
 * order is served, quits with `q`, and returns what the dashboard measured about
 * itself (BREWLANES_STATS: frames, main-thread CPU, the run's makespan).
 */
export function liveRunStats(
  args,
  {customers, columns = 100, rows = 30, timeoutMs = 60_000, env = {}} = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'brewlanes-bench-'));
  const statsFile = join(dir, 'stats.json');
  return new Promise((resolve, reject) => {
    const terminal = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
    const child = pty.spawn(process.execPath, [cliPath, ...args], {
      name: 'xterm-256color',
      cols: columns,
      rows,
      env: {...process.env, ...env, BREWLANES_STATS: statsFile},
    });
    let quitting = false;
    const done = `${customers}/${customers}`;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the dashboard did not serve ${customers} orders in ${timeoutMs} ms`));
    }, timeoutMs);
    child.onData((data) =>
      terminal.write(data, () => {
        if (quitting) return;
        const buffer = terminal.buffer.active;
        for (let y = 0; y < buffer.length; y++) {
          const line = buffer.getLine(y)?.translateToString(true) ?? '';
          if (line.includes('orders') && line.includes(done)) {
            quitting = true;
            child.write('q');
            return;
          }
        }
      }),
    );
    child.onExit(({exitCode}) => {
      clearTimeout(timer);
      terminal.dispose();
      try {
        if (exitCode !== 0) throw new Error(`the dashboard exited ${exitCode}`);
        resolve(JSON.parse(readFileSync(statsFile, 'utf8')));
      } catch (error) {
        reject(error);
      } finally {
        rmSync(dir, {recursive: true, force: true});
      }
    });
  });
}
