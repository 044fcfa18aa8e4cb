import {errorCode} from '../record/output-file.js';

/**
 * Watches stdout for a failed write. `brewlanes | head` closing the pipe early is
 * not an error (exit 0: at once, or once the run's --save / --record files are
 * written); any other failure (a full disk, an I/O
 * error) is remembered, later writes are dropped, and the run goes on so that its
 * other outputs (--save, --record) are still written. `failure()` says what went
 * wrong, for one line on stderr and exit 1 at the end.
 */
export function watchStdout(stream: NodeJS.WriteStream = process.stdout): {
  failure(): string | null;
  /**
   * The run has files to write (--save, --record): a closed pipe no longer ends
   * it at once; the rest of its lines are dropped and the files are still written.
   */
  finishRunOnBrokenPipe(): void;
} {
  let failure: string | null = null;
  let finishRun = false;
  let pipeClosed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // After a closed pipe every later write fails too: nobody reads them, not an error.
    if (pipeClosed) return;
    if (error.code === 'EPIPE') {
      if (!finishRun) process.exit(0);
      pipeClosed = true;
      return;
    }
    failure ??= `cannot write to stdout (${errorCode(error)}); the output shown is incomplete`;
  });
  return {
    failure: () => failure,
    finishRunOnBrokenPipe: () => {
      finishRun = true;
    },
  };
}

/** The exit code once stdout has failed: at least 1 (an interrupt keeps its 130). */
export const exitCodeAfterStdout = (code: number, failure: string | null): number =>
  failure === null || code !== 0 ? code : 1;
