/**
 * A fault the command cannot go on from that is not bad input (a barista thread
 * that cannot start): shown as one line, exit code 1, no stack trace.
 */
export class RunFault extends Error {
  override name = 'RunFault';
}
