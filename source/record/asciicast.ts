import {
  closeSync,
  existsSync,
  statSync,
  fstatSync,
  ftruncateSync,
  openSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import {UsageError} from '../usage-error.js';
import {checkOutputPath, errorCode} from './output-file.js';
import {WidestLine} from './widest-line.js';

/** The width the plain output is laid out for when stdout is not a terminal. */
export const plainColumns = 100;

/** Writes bytes at the file's position; returns how many were written (a full disk may write part). */
export type WriteBytes = (fd: number, bytes: Uint8Array) => number;

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
  /** The write itself: injected by tests to make the disk fill up mid-run. */
  write?: WriteBytes;
  /**
   * Off a terminal: `width` is the least declared, and the header is rewritten in
   * place whenever a wider line is written, so the cast declares what it shows.
   */
  widthFromOutput?: boolean;
};

/** Room left after the header's JSON for a wider width to be written in place. */
const headerRoom = 8;

/**
 * Writes an asciicast v2 file as it goes: the header line first, then one
 * `[seconds, "o", data]` line per output and `[seconds, "m", label]` per marker,
 * each with a synchronous write, so a recording cut by Ctrl+C or a crash is a
 * valid cast up to that moment. A file that cannot be opened, or whose header
 * cannot be written, is a UsageError before anything runs; a write that fails later
 * (a full disk) ends the recording on its last whole line and says so in `failure`.
 */
export class AsciicastWriter {
  private fd: number | null;
  private readonly now: () => number;
  private readonly startedAt: number;
  private readonly write: WriteBytes;
  private readonly regularFile: boolean;
  /** Bytes of whole lines on disk: where a half-written line is cut back to. */
  private wholeBytes = 0;
  private lastSeconds = 0;
  private stoppedBy: {code: string; seconds: number} | null = null;
  private readonly header: AsciicastHeader;
  /** Set off a terminal: the widest line so far, and the header's length on disk. */
  private readonly widestLine: WidestLine | null;
  private readonly headerLength: number;

  constructor(
    readonly path: string,
    options: AsciicastOptions,
  ) {
    const what = options.what ?? `--record ${path}`;
    checkOutputPath(path, options.force ?? false, what);
    this.write = options.write ?? ((fd, bytes) => writeSync(fd, bytes));
    // A file made here and left with no header is removed; one that was there is not.
    const existed = existsSync(path);
    // A device or a FIFO is written to as it is (checkOutputPath let it through).
    const overwrite = options.force || (existed && !statSync(path).isFile());
    try {
      this.fd = openSync(path, overwrite ? 'w' : 'wx');
      this.regularFile = fstatSync(this.fd).isFile();
    } catch (error) {
      throw new UsageError(`${what}: cannot write ${path} (${errorCode(error)})`);
    }
    this.now = options.now ?? (() => performance.now());
    this.startedAt = this.now();
    const env = options.env ?? process.env;
    const header: AsciicastHeader = (this.header = {
      version: 2,
      width: Math.max(1, Math.round(options.width)),
      height: Math.max(1, Math.round(options.height)),
      timestamp: Math.floor((options.wallClock ?? Date.now)() / 1000),
      ...(options.title === undefined ? {} : {title: options.title}),
      env: {TERM: env.TERM ?? 'xterm-256color', SHELL: env.SHELL ?? '/bin/sh'},
    });
    this.widestLine = options.widthFromOutput ? new WidestLine() : null;
    // JSON allows spaces after the value: they keep room for a wider width.
    const headerText = JSON.stringify(header) + (this.widestLine ? ' '.repeat(headerRoom) : '');
    this.headerLength = Buffer.byteLength(headerText);
    try {
      this.writeWhole(headerText);
    } catch (error) {
      this.close();
      if (!existed && this.regularFile) unlinkSync(path);
      throw new UsageError(`${what}: cannot write ${path} (${errorCode(error)})`);
    }
  }

  get closed(): boolean {
    return this.fd === null;
  }

  /**
   * Why the recording stopped before it was closed (a full disk), as the end of a
   * sentence for the one line the command prints; null while all went well.
   */
  get failure(): string | null {
    if (this.stoppedBy === null) return null;
    const {code, seconds} = this.stoppedBy;
    return `the recording stopped at ${seconds.toFixed(1)} s (${code}); ${this.path} is a valid cast up to there`;
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
    if (this.widestLine?.feed(data) && this.widestLine.widest > this.header.width) {
      this.header.width = this.widestLine.widest;
      this.rewriteHeader();
    }
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
    try {
      this.writeWhole(line);
    } catch (error) {
      this.stoppedBy = {code: errorCode(error), seconds: this.lastSeconds};
      // A line cut in half is not JSON: cut the file back to the last whole line.
      if (this.regularFile) {
        try {
          ftruncateSync(this.fd, this.wholeBytes);
        } catch {
          // Nothing more can be done for the file; the failure is reported.
        }
      }
      this.close();
    }
  }

  /** The header again, in place (the same length), with the width now declared. */
  private rewriteHeader(): void {
    if (this.fd === null || !this.regularFile) return;
    const text = JSON.stringify(this.header);
    if (Buffer.byteLength(text) > this.headerLength) return;
    try {
      writeSync(this.fd, text.padEnd(this.headerLength), 0);
    } catch {
      // The header stays as it was: still a valid cast, only narrower.
    }
  }

  /** One line, all of its bytes (a write may take only part of them), or an error. */
  private writeWhole(line: string): void {
    const bytes = Buffer.from(`${line}\n`, 'utf8');
    let written = 0;
    while (written < bytes.length) {
      const count = this.write(this.fd!, bytes.subarray(written));
      if (count <= 0) throw Object.assign(new Error('nothing written'), {code: 'ENOSPC'});
      written += count;
    }
    this.wholeBytes += bytes.length;
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
  /** Why the recording stopped early (a full disk), or null: see AsciicastWriter.failure. */
  failure(): string | null;
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
  const onTerminal = (stream as NodeJS.WritableStream & {isTTY?: boolean}).isTTY === true;
  const cast = new AsciicastWriter(path, {
    ...terminalSize(stream),
    ...options,
    widthFromOutput: !onTerminal,
  });
  const restore = recordStream(stream, cast);
  const onResize = () => {
    const {width, height} = terminalSize(stream);
    cast.resize(width, height);
  };
  stream.on('resize', onResize);
  return {
    cast,
    marker: (label) => cast.marker(label),
    failure: () => cast.failure,
    stop: () => {
      stream.off('resize', onResize);
      restore();
      cast.close();
    },
  };
}

/**
 * A terminal's size; when the stream is not a terminal, the width the plain output
 * is laid out for (so a player shows its lines unwrapped) and 24 rows.
 */
export function terminalSize(stream: NodeJS.WritableStream): {width: number; height: number} {
  const tty = stream as NodeJS.WritableStream & {columns?: number; rows?: number};
  return {width: tty.columns ?? plainColumns, height: tty.rows ?? 24};
}

/**
 * A command's exit code once its recording is stopped: a recording cut short (a
 * full disk) is one line on `stderr` and exit 1; an interrupt or a failure keeps its code.
 */
export function afterRecording(
  code: number,
  recording: Recording | null,
  stderr: NodeJS.WritableStream = process.stderr,
): number {
  const failure = recording?.failure() ?? null;
  if (failure === null) return code;
  stderr.write(`brewlanes: --record: ${failure}\n`);
  return code === 0 ? 1 : code;
}
