/** The signals that interrupt a command: Ctrl+C, `kill`, and a terminal hung up. */
export const interruptSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
export type InterruptSignal = (typeof interruptSignals)[number];

export const EXIT_INTERRUPTED = 130;

/**
 * Handlers installed by commands now (while there are none, a signal exits 130 at
 * once), and whether that exit is installed. Kept on the process, not in this
 * module: the bin (brewlanes.ts, unbundled) installs the exit before it loads
 * dist/cli.js, which runs the bundle of the command line (dist/cli.cjs); each of
 * those two holds a copy of this module of its own; every copy must see the same
 * handlers.
 */
type InterruptState = {active: Set<object>; installed: boolean};
const stateKey = Symbol.for('brewlanes.interrupt');
const shared = globalThis as typeof globalThis & {[stateKey]?: InterruptState};
const state: InterruptState = (shared[stateKey] ??= {active: new Set<object>(), installed: false});
const active = state.active;

/**
 * Calls `handler` once on the first interrupting signal. Returns a function that
 * removes it. While a handler is installed, the signal is the command's to act on
 * (end its workers, restore the screen); once it fired or was removed, a further
 * signal exits 130 (see exitOnSignalsUntilHandled).
 */
export function onInterrupt(handler: (signal: InterruptSignal) => void): () => void {
  const token = {};
  const remove = () => {
    active.delete(token);
    for (const signal of interruptSignals) process.off(signal, onSignal);
  };
  const onSignal = (signal: InterruptSignal) => {
    remove();
    handler(signal);
  };
  active.add(token);
  for (const signal of interruptSignals) process.on(signal, onSignal);
  return remove;
}

/**
 * Turns Ctrl+C, SIGTERM and SIGHUP into an abort, so the run can end its workers
 * and the command can exit with 130. Returns a function that removes the handlers.
 */
export function abortOnSignals(controller: AbortController): () => void {
  return onInterrupt((signal) => controller.abort(new Error(`interrupted by ${signal}`)));
}

/**
 * Installed first thing by the command line, before any module loads: a signal that
 * no command handles (while modules load, between two phases, a second Ctrl+C while a
 * run winds down) exits 130, the product's code for "interrupted", instead of the
 * default death by signal (143 for SIGTERM). A signal that arrives during synchronous
 * work (an export writing its file) waits for that work to end, so a file is whole or
 * absent and no temporary file is left. It must be the first listener: it runs before
 * the command's and leaves the signal to them while any is installed.
 */
export function exitOnSignalsUntilHandled(): void {
  if (state.installed) return;
  state.installed = true;
  for (const signal of interruptSignals) {
    process.on(signal, () => {
      if (active.size === 0) process.exit(EXIT_INTERRUPTED);
    });
  }
}

/**
 * One turn of the event loop, in which a signal already received is delivered to
 * the handlers above. Node 20 loads ES modules asynchronously, so a signal sent
 * while they load is acted on then; Node >= 22 loads them without turning the
 * loop, and a command that then works synchronously to the end (an export) would
 * write its file and exit 0 with the signal never delivered. Awaited before such
 * a command starts and after it ends. The bundled CLI loads
 * synchronously on every Node, so main() awaits it first too.
 */
export const signalsDelivered = (): Promise<void> =>
  new Promise((resolve) => setImmediate(resolve));
