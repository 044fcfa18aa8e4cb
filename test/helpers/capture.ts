import {Writable} from 'node:stream';

/** A stream that keeps what a command writes, for the test to read. */
export function captureStream(): {stream: NodeJS.WritableStream; text: () => string} {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return {stream, text: () => chunks.join('')};
}
