// A program in a real pseudo-terminal, with no native module to compile: util-linux's
// `script` (Debian's bsdutils, on every Debian and Ubuntu) opens the terminal and
// relays its bytes. The surface is the part of node-pty's `spawn` the tests, the
// benchmarks and media/ use: onData, onExit, write, kill, resize, pid.
// Plain JavaScript so that the benchmarks and media/ scripts (run by node itself)
// share it with the tests.
import {spawn as spawnProcess, spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import process from 'node:process';

/** Why no pseudo-terminal can be opened here, once checked; null when one can. */
let missing;

function checkScript() {
  if (missing === undefined) {
    const probe = spawnSync('script', ['--version'], {encoding: 'utf8'});
    missing =
      probe.error || !/util-linux/.test(probe.stdout)
        ? "these tests drive the program in a pseudo-terminal through util-linux's `script`, which is missing: install it (Debian/Ubuntu: apt-get install bsdutils; Fedora: util-linux-script)"
        : null;
  }
  if (missing) throw new Error(missing);
}

/** A word for `sh -c`, quoted. */
const quote = (word) => `'${String(word).replace(/'/g, `'\\''`)}'`;

/** The process `script` started (the shell, then the program it exec'd): its pid, once there. */
function childOf(pid) {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return children ? Number(children.split(' ')[0]) : null;
  } catch {
    return null;
  }
}

/**
 * Runs `file args` in a new pseudo-terminal `cols` × `rows` (TERM `name`).
 * @param {string} file
 * @param {string[]} args
 * @param {{cols?: number, rows?: number, cwd?: string, env?: NodeJS.ProcessEnv, name?: string}} [options]
 */
export function spawn(file, args, options = {}) {
  checkScript();
  const {cols = 80, rows = 24, cwd = process.cwd(), env = process.env, name} = options;
  const shell = env.SHELL;
  // The terminal is sized before the program starts, then the shell becomes it (exec).
  const command = [
    shell === undefined ? 'unset SHELL' : `SHELL=${quote(shell)}`,
    `stty cols ${cols} rows ${rows}`,
    `exec ${[file, ...args].map(quote).join(' ')}`,
  ].join('; ');
  const relay = spawnProcess(
    'script',
    ['--quiet', '--flush', '--return', '--command', command, '/dev/null'],
    {
      cwd,
      // `script` runs the command with $SHELL -c: a POSIX shell here, the caller's inside.
      env: {...env, SHELL: '/bin/sh', TERM: name ?? env.TERM ?? 'xterm'},
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  relay.stdout.setEncoding('utf8');
  relay.stderr.setEncoding('utf8');
  const dataListeners = [];
  const exitListeners = [];
  let exit = null;
  const emit = (data) => dataListeners.forEach((listener) => listener(data));
  relay.stdout.on('data', emit);
  relay.stderr.on('data', emit);
  // Keys written after the program ended go nowhere, as on a closed terminal.
  relay.stdin.on('error', () => {});
  relay.on('exit', (code, signal) => {
    exit = {exitCode: code ?? 0, signal: signal ?? undefined};
    exitListeners.forEach((listener) => listener(exit));
  });
  const program = () => childOf(relay.pid);
  return {
    get pid() {
      return program() ?? relay.pid;
    },
    /** @param {(data: string) => void} listener */
    onData(listener) {
      dataListeners.push(listener);
    },
    /** @param {(exit: {exitCode: number, signal?: string}) => void} listener */
    onExit(listener) {
      if (exit) listener(exit);
      else exitListeners.push(listener);
    },
    /** @param {string} data */
    write(data) {
      if (!exit) relay.stdin.write(data);
    },
    /** Sends `signal` (SIGHUP, as node-pty) to the program; to `script` if the program is not there yet. */
    kill(signal = 'SIGHUP') {
      if (exit) return;
      const pid = program();
      try {
        process.kill(pid ?? relay.pid, signal);
      } catch {
        // It ended meanwhile.
      }
    },
    /** Resizes the terminal; the kernel sends the program SIGWINCH. */
    resize(columns, lines) {
      const pid = program();
      if (pid !== null)
        spawnSync('stty', [
          '-F',
          `/proc/${pid}/fd/0`,
          'cols',
          String(columns),
          'rows',
          String(lines),
        ]);
    },
  };
}

export default {spawn};
