import {errorCode} from '../record/output-file.js';

/**
 * Watches stdout for a failed write. `brewlanes | head` closing the pipe early is
 * not an error (exit 0 at once, as before); any other failure (a full disk, an I/O
 * error) is remembered, later writes are dropped, and the run goes on so that its
 * other outputs (--save, --record) are still written. `failure()` says what went
 * wrong, for one line on stderr and exit 1 at the end.
 */
export function watchStdout(stream: NodeJS.WriteStream = process.stdout): {
  failure(): string | null;
} {
  let failure: string | null = null;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    failure ??= `cannot write to stdout (${errorCode(error)}); the output shown is incomplete`;
  });
  return {failure: () => failure};
}

/** The exit code once stdout has failed: at least 1 (an interrupt keeps its 130). */
export const exitCodeAfterStdout = (code: number, failure: string | null): number =>
  failure === null || code !== 0 ? code : 1;
