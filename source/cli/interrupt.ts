/**
 * Turns Ctrl+C and SIGTERM into an abort, so the run can end its workers and the
 * command can exit with 130. Returns a function that removes the handlers.
 */
export function abortOnSignals(controller: AbortController): () => void {
  const onSignal = (signal: NodeJS.Signals) =>
    controller.abort(new Error(`interrupted by ${signal}`));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

export const EXIT_INTERRUPTED = 130;
