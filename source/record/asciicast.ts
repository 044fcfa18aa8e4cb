import {closeSync, openSync, writeSync} from 'node:fs';
import {checkOutputPath} from './output-file.js';

export type AsciicastHeader = {
  version: 2;
  width: number;
  height: number;
  /** Unix time in seconds when the recording started. */
  timestamp: number;
  title?: string;
  env: {TERM: string; SHELL: string};
};

export type AsciicastOptions = {
  width: number;
  height: number;
  title?: string;
  force?: boolean;
  /** Names the flag in a refusal (`--record demo.cast`). */
  what?: string;
  /** Milliseconds, monotonic; injected so tests need no timers. */
  now?: () => number;
  /** Wall-clock ms since the epoch, for the header's timestamp. */
  wallClock?: () => number;
  env?: NodeJS.ProcessEnv;
};

/**
 * Writes an asciicast v2 file as it goes: the header line first, then one
 * `[seconds, "o", data]` line per output and `[seconds, "m", label]` per marker,
 * each with a synchronous write, so a recording cut by Ctrl+C or a crash is a
 * valid cast up to that moment.
 */
export class AsciicastWriter {
  private fd: number | null;
  private readonly now: () => number;
  private readonly startedAt: number;
  private lastSeconds = 0;

  constructor(
    readonly path: string,
    options: AsciicastOptions,
  ) {
    checkOutputPath(path, options.force ?? false, options.what ?? `--record ${path}`);
    this.fd = openSync(path, options.force ? 'w' : 'wx');
    this.now = options.now ?? (() => performance.now());
    this.startedAt = this.now();
    const env = options.env ?? process.env;
    const header: AsciicastHeader = {
      version: 2,
      width: Math.max(1, Math.round(options.width)),
      height: Math.max(1, Math.round(options.height)),
      timestamp: Math.floor((options.wallClock ?? Date.now)() / 1000),
      ...(options.title === undefined ? {} : {title: options.title}),
      env: {TERM: env.TERM ?? 'xterm-256color', SHELL: env.SHELL ?? '/bin/sh'},
    };
    this.writeLine(JSON.stringify(header));
  }

  get closed(): boolean {
    return this.fd === null;
  }

  /** Seconds since the start, never earlier than the last event's. */
  private seconds(): number {
    const seconds = Math.max(this.lastSeconds, (this.now() - this.startedAt) / 1000);
    this.lastSeconds = seconds;
    return Math.round(seconds * 1e6) / 1e6;
  }

  /**
   * What the terminal was sent. A bare `\n` becomes `\r\n`, as a terminal's line
   * discipline (onlcr) turns it before the screen sees it, so the cast plays as shown.
   */
  output(data: string): void {
    if (data.length === 0) return;
    this.writeLine(JSON.stringify([this.seconds(), 'o', data.replace(/\r?\n/g, '\r\n')]));
  }

  /** A marker (asciinema's `m` event): a mode switch, a chapter of a talk. */
  marker(label: string): void {
    this.writeLine(JSON.stringify([this.seconds(), 'm', label]));
  }

  /** The terminal was resized (asciinema's `r` event, `COLSxROWS`). */
  resize(width: number, height: number): void {
    this.writeLine(JSON.stringify([this.seconds(), 'r', `${width}x${height}`]));
  }

  close(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
  }

  private writeLine(line: string): void {
    if (this.fd === null) return;
    writeSync(this.fd, `${line}\n`);
  }
}

type WriteCallback = (error?: Error | null) => void;

/**
 * Records everything written to `stream` (stdout) into the cast, still writing it
 * through. Returns a function that puts the stream's own `write` back.
 */
export function recordStream(stream: NodeJS.WritableStream, cast: AsciicastWriter): () => void {
  const original = stream.write;
  const decoder = new TextDecoder('utf-8');
  const patched = function (
    this: NodeJS.WritableStream,
    ...args: [string | Uint8Array, (BufferEncoding | WriteCallback)?, WriteCallback?]
  ): boolean {
    const [chunk, encodingOrCallback] = args;
    if (typeof chunk === 'string') {
      const encoding = typeof encodingOrCallback === 'string' ? encodingOrCallback : 'utf8';
      cast.output(
        encoding === 'utf8' || encoding === 'utf-8'
          ? chunk
          : Buffer.from(chunk, encoding).toString('utf8'),
      );
    } else {
      // A multi-byte character may be split across chunks: decode as a stream.
      cast.output(decoder.decode(chunk, {stream: true}));
    }
    // The arguments go through exactly as given (write has several overloads).
    return Reflect.apply(original, this, args) as boolean;
  };
  stream.write = patched as typeof stream.write;
  return () => {
    stream.write = original;
  };
}

export type Recording = {
  cast: AsciicastWriter;
  /** Marks a moment (a mode switch): asciinema shows markers as chapters. */
  marker(label: string): void;
  /** Stops recording, puts the stream back and closes the file. */
  stop(): void;
};

/**
 * Records a terminal stream (the dashboard's stdout) to `path`: its size in the
 * header, everything written to it, and its resizes. Throws a UsageError for an
 * existing file without `force`.
 */
export function startRecording(
  path: string,
  stream: NodeJS.WritableStream,
  options: {force?: boolean; title?: string; what?: string} = {},
): Recording {
  const cast = new AsciicastWriter(path, {...terminalSize(stream), ...options});
  const restore = recordStream(stream, cast);
  const onResize = () => {
    const {width, height} = terminalSize(stream);
    cast.resize(width, height);
  };
  stream.on('resize', onResize);
  return {
    cast,
    marker: (label) => cast.marker(label),
    stop: () => {
      stream.off('resize', onResize);
      restore();
      cast.close();
    },
  };
}

/** A terminal's size, or the classic 80×24 when the stream is not a terminal. */
export function terminalSize(stream: NodeJS.WritableStream): {width: number; height: number} {
  const tty = stream as NodeJS.WritableStream & {columns?: number; rows?: number};
  return {width: tty.columns ?? 80, height: tty.rows ?? 24};
}
