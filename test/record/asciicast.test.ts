import {join} from 'node:path';
import {PassThrough} from 'node:stream';
import {readdirSync, readFileSync, writeFileSync, writeSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {spawn as spawnPty} from '../helpers/pseudo-terminal.js';
import {AsciicastWriter, recordStream, startRecording} from '../../source/record/asciicast.js';
import {columnsOf} from '../../source/commands/run-report.js';
import {UsageError} from '../../source/usage-error.js';
import {asciinemaCat, readCast} from '../helpers/asciicast.js';
import {builtCli, temporaryFolder} from '../helpers/fixture-run.js';

function manualClock() {
  let now = 0;
  return {now: () => now, advance: (ms: number) => (now += ms)};
}

describe('the asciicast writer', () => {
  it('writes the v2 header, output and markers with seconds since the start', () => {
    const path = join(temporaryFolder(), 'demo.cast');
    const clock = manualClock();
    const cast = new AsciicastWriter(path, {
      width: 120,
      height: 40,
      now: clock.now,
      wallClock: () => 1_700_000_000_500,
      env: {TERM: 'xterm-256color', SHELL: '/bin/zsh'},
    });
    cast.marker('hybrid');
    clock.advance(250);
    cast.output('Welcome to the coffee shop\n');
    clock.advance(1250);
    cast.output('done\r\n');
    cast.marker('sequential');
    cast.close();
    const {header, events} = readCast(path);
    expect(header).toEqual({
      version: 2,
      width: 120,
      height: 40,
      timestamp: 1_700_000_000,
      env: {TERM: 'xterm-256color', SHELL: '/bin/zsh'},
    });
    expect(events).toEqual([
      [0, 'm', 'hybrid'],
      [0.25, 'o', 'Welcome to the coffee shop\r\n'],
      [1.5, 'o', 'done\r\n'],
      [1.5, 'm', 'sequential'],
    ]);
    expect(asciinemaCat(path)).toContain('Welcome to the coffee shop');
  });

  it('each event is on disk as soon as it is written (a crash loses nothing before it)', () => {
    const path = join(temporaryFolder(), 'live.cast');
    const cast = new AsciicastWriter(path, {width: 80, height: 24});
    cast.output('first\n');
    expect(readCast(path).events).toHaveLength(1);
    cast.output('second\n');
    expect(readCast(path).events.map(([, , data]) => data)).toEqual(['first\r\n', 'second\r\n']);
    cast.close();
  });

  it('refuses an existing file without force and overwrites it with force', () => {
    const path = join(temporaryFolder(), 'taken.cast');
    writeFileSync(path, 'keep me');
    expect(() => new AsciicastWriter(path, {width: 80, height: 24})).toThrow(
      /already exists; add --force/,
    );
    expect(readFileSync(path, 'utf8')).toBe('keep me');
    new AsciicastWriter(path, {width: 80, height: 24, force: true}).close();
    expect(readCast(path).events).toEqual([]);
  });

  it('records everything written to a stream and still writes it through', () => {
    const path = join(temporaryFolder(), 'tee.cast');
    const cast = new AsciicastWriter(path, {width: 80, height: 24});
    const stream = new PassThrough();
    const through: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => through.push(chunk));
    const stop = recordStream(stream, cast);
    stream.write('text\n');
    stream.write(Buffer.from('bytes ☕\n'));
    const cup = Buffer.from('☕');
    stream.write(cup.subarray(0, 1));
    stream.write(cup.subarray(1), () => {});
    stream.write('68692e', 'hex');
    stop();
    stream.write('not recorded\n');
    cast.close();
    const recorded = readCast(path)
      .events.map(([, , data]) => data)
      .join('');
    expect(recorded).toBe('text\r\nbytes ☕\r\n☕hi.');
    expect(Buffer.concat(through).toString('utf8')).toBe('text\nbytes ☕\n☕hi.not recorded\n');
  });
});

describe('the asciicast writer on a disk that fills up', () => {
  /** A disk with room for `room` bytes: a write past it takes what fits, the next fails. */
  function diskWithRoom(room: number) {
    let used = 0;
    return (fd: number, bytes: Uint8Array): number => {
      if (used >= room)
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
          code: 'ENOSPC',
        });
      const part = bytes.subarray(0, Math.min(bytes.length, room - used));
      used += part.length;
      return writeSync(fd, part);
    };
  }

  it('ends the cast on its last whole line and says where it stopped; the run goes on', () => {
    const path = join(temporaryFolder(), 'full.cast');
    const clock = manualClock();
    const cast = new AsciicastWriter(path, {
      width: 80,
      height: 24,
      now: clock.now,
      write: diskWithRoom(230),
    });
    expect(cast.failure).toBeNull();
    cast.output('first line\n');
    clock.advance(1500);
    for (let n = 0; n < 10; n++) expect(() => cast.output(`line ${n} of many\n`)).not.toThrow();
    expect(cast.closed).toBe(true);
    const text = readFileSync(path, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    // Every line is whole JSON, the header first: a player opens it.
    const {events} = readCast(path);
    expect(events[0]).toEqual([0, 'o', 'first line\r\n']);
    expect(cast.failure).toBe(
      `the recording stopped at 1.5 s (ENOSPC: no space left on device); ${path} is a valid cast up to there`,
    );
  });

  it('a disk already full is refused before anything runs, as one line (a UsageError)', () => {
    expect(() => new AsciicastWriter('/dev/full', {width: 80, height: 24, force: true})).toThrow(
      new UsageError(
        '--record /dev/full: cannot write /dev/full (ENOSPC: no space left on device)',
      ),
    );
    const folder = temporaryFolder();
    const path = join(folder, 'never.cast');
    expect(
      () => new AsciicastWriter(path, {width: 80, height: 24, write: diskWithRoom(10)}),
    ).toThrow(UsageError);
    // nothing half-written is left behind
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('startRecording', () => {
  it('off a terminal declares the width the plain output is laid out for (100), not 80', () => {
    const path = join(temporaryFolder(), 'plain.cast');
    const pipe = new PassThrough();
    pipe.resume();
    const recording = startRecording(path, pipe);
    pipe.write(`${'-'.repeat(60)}\n`);
    expect(readCast(path).header).toMatchObject({width: 100, height: 24});
    expect(columnsOf(pipe)).toBe(100);
    // A wider line (a long latency list, wide characters in names): the header,
    // rewritten in place, declares it at once; the cast stays valid all along.
    pipe.write(`latency ${'Ana 1.00s · '.repeat(9)}`);
    pipe.write('咖啡咖啡咖啡\n');
    expect(readCast(path).header.width).toBe(8 + 12 * 9 + 12);
    pipe.write('short\n');
    recording.stop();
    const {header, events} = readCast(path);
    expect(header.width).toBe(128);
    expect(events.map(([, , data]) => data).join('')).toContain('咖啡咖啡咖啡\r\nshort');
    expect(asciinemaCat(path)).toContain('short');
  });

  it('takes the terminal size, tees the stream, marks and records resizes, then lets go', () => {
    const path = join(temporaryFolder(), 'dashboard.cast');
    const terminal = Object.assign(new PassThrough(), {columns: 132, rows: 43});
    terminal.resume();
    const recording = startRecording(path, terminal, {title: 'dashboard'});
    terminal.write('frame 1\n');
    recording.marker('concurrent');
    Object.assign(terminal, {columns: 100, rows: 30});
    terminal.emit('resize');
    terminal.write('frame 2\n');
    recording.stop();
    terminal.write('after\n');
    terminal.emit('resize');
    expect(recording.cast.closed).toBe(true);
    const {header, events} = readCast(path);
    expect(header).toMatchObject({width: 132, height: 43, title: 'dashboard'});
    expect(events.map(([, code, data]) => [code, data])).toEqual([
      ['o', 'frame 1\r\n'],
      ['m', 'concurrent'],
      ['r', '100x30'],
      ['o', 'frame 2\r\n'],
    ]);
    expect(asciinemaCat(path)).toContain('frame 2');
  });
});

describe('--record on a real pseudo-terminal', () => {
  const cli = builtCli();

  const runInPty = (args: string[], cwd: string, interruptAfter?: RegExp) =>
    new Promise<{code: number; signal?: string; output: string}>((resolve) => {
      const pty = spawnPty(process.execPath, [cli, ...args], {
        cols: 100,
        rows: 30,
        cwd,
        env: {...process.env, TERM: 'xterm-256color'},
      });
      let output = '';
      let sent = false;
      pty.onData((data) => {
        output += data;
        if (interruptAfter && !sent && interruptAfter.test(output)) {
          sent = true;
          pty.kill('SIGINT');
        }
      });
      pty.onExit(({exitCode, signal}) => resolve({code: exitCode, signal, output}));
    });

  it('writes a cast with the terminal size, a marker for the mode, in order; asciinema plays it', async () => {
    const folder = temporaryFolder();
    const result = await runInPty(
      [
        '--plain',
        '--mode',
        'parallel',
        '--workload',
        'cpu',
        '--customers',
        '3',
        '--speed',
        '4',
        '--record',
        'run.cast',
      ],
      folder,
    );
    expect(result.code).toBe(0);
    const {header, events} = readCast(join(folder, 'run.cast'));
    expect([header.width, header.height]).toEqual([100, 30]);
    expect(events[0]).toEqual([expect.any(Number), 'm', 'parallel']);
    const output = events
      .filter(([, code]) => code === 'o')
      .map(([, , data]) => data)
      .join('');
    expect(output).toContain('Welcome to the coffee shop\r\n');
    expect(output).toMatch(/Processing time: \d+\.\d{3} seconds/);
    const played = asciinemaCat(join(folder, 'run.cast'));
    expect(played).toContain('Processing time');
  });

  it('a run cut by Ctrl+C leaves a valid cast up to that moment', async () => {
    const folder = temporaryFolder();
    const result = await runInPty(
      ['--plain', '--workload', 'io', '--customers', '4', '--speed', '0.5', '--record', 'cut.cast'],
      folder,
      /please place your order/,
    );
    expect(result.code).toBe(130);
    const {events} = readCast(join(folder, 'cut.cast'));
    const output = events.map(([, , data]) => data).join('');
    expect(output).toContain('please place your order');
    expect(output).not.toContain('placed at the counter');
    expect(asciinemaCat(join(folder, 'cut.cast'))).toContain('Welcome to the coffee shop');
  });

  it('a run killed outright still leaves a valid cast', async () => {
    const folder = temporaryFolder();
    const pty = spawnPty(
      process.execPath,
      [
        cli,
        '--plain',
        '--workload',
        'io',
        '--customers',
        '3',
        '--speed',
        '0.5',
        '--record',
        'killed.cast',
      ],
      {cols: 80, rows: 24, cwd: folder, env: process.env},
    );
    await new Promise<void>((resolve) => {
      let output = '';
      pty.onData((data) => {
        output += data;
        if (output.includes('please place your order')) pty.kill('SIGKILL');
      });
      pty.onExit(() => resolve());
    });
    const {events} = readCast(join(folder, 'killed.cast'));
    expect(events.length).toBeGreaterThan(1);
    asciinemaCat(join(folder, 'killed.cast'));
  });
});
