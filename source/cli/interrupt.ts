/** The signals that interrupt a command: Ctrl+C, `kill`, and a terminal hung up. */
export const interruptSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
export type InterruptSignal = (typeof interruptSignals)[number];

export const EXIT_INTERRUPTED = 130;

/** Handlers installed by commands now; while there are none, a signal exits 130 at once. */
const active = new Set<object>();

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

let installed = false;

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
  if (installed) return;
  installed = true;
  for (const signal of interruptSignals) {
    process.on(signal, () => {
      if (active.size === 0) process.exit(EXIT_INTERRUPTED);
    });
  }
}

/**
 * One turn of the event loop: Node hears a signal only between turns, so one that
 * came during synchronous work (the bundled modules loading, an export) is acted
 * on here, before the next step, and not lost if the process would end first.
 */
export const hearPendingSignals = (): Promise<void> =>
  new Promise((resolve) => setImmediate(resolve));
