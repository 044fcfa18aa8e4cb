import {execFileSync, spawn, type ChildProcess} from 'node:child_process';
import {
  linkSync,
  lstatSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {
  checkDistinctOutputs,
  checkRunOutputs,
  writeFileAtomically,
} from '../../source/record/output-file.js';
import {temporaryFolder} from '../helpers/fixture-run.js';
import {refusalOf} from '../helpers/refusal.js';

const refusal = refusalOf;

/** Readers of FIFOs, ended after each test even when it timed out waiting for them. */
const readers: ChildProcess[] = [];
afterEach(() => {
  for (const reader of readers.splice(0)) reader.kill();
});

describe('writeFileAtomically', () => {
  it('writes a file whose name is 244 bytes long, the longest names a file system allows being 255', () => {
    const folder = temporaryFolder();
    const name = `${'n'.repeat(240)}.txt`;
    writeFileAtomically(join(folder, name), 'whole', false, 'export');
    expect(readFileSync(join(folder, name), 'utf8')).toBe('whole');
    expect(readdirSync(folder)).toEqual([name]);
  });

  it('with --force writes into a FIFO (a device, /dev/stdout) instead of replacing it', async () => {
    const folder = temporaryFolder();
    const fifo = join(folder, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo], {stdio: ['ignore', 'pipe', 'inherit']});
    let read = '';
    reader.stdout.on('data', (chunk: Buffer) => (read += chunk.toString()));
    readers.push(reader);
    const closed = new Promise((resolve) => reader.on('close', resolve));
    writeFileAtomically(fifo, 'through the pipe\n', true, 'export to pipe');
    await closed;
    expect(read).toBe('through the pipe\n');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(folder)).toEqual(['pipe']);
  });

  it('writes to a device as it is, --force or not: /dev/null stays the device it was', () => {
    for (const force of [false, true]) writeFileAtomically('/dev/null', 'gone', force, 'export');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('with --force writes through a link: the link stays, the file it names is replaced', () => {
    const folder = temporaryFolder();
    writeFileSync(join(folder, 'real.txt'), 'old');
    symlinkSync('real.txt', join(folder, 'link.txt'));
    writeFileAtomically(join(folder, 'link.txt'), 'new', true, 'export');
    expect(lstatSync(join(folder, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(folder, 'real.txt'), 'utf8')).toBe('new');
    expect(readdirSync(folder).sort()).toEqual(['link.txt', 'real.txt']);
  });
});

describe('checkDistinctOutputs', () => {
  it('refuses two outputs that are one file: the same name, ./name, a link or a hard link', () => {
    const folder = temporaryFolder();
    const cwd = process.cwd();
    process.chdir(folder);
    try {
      const same = [
        ['run.json', './run.json'],
        ['run.json', join(folder, 'run.json')],
      ];
      for (const [save, record] of same) {
        expect(
          refusal(() =>
            checkDistinctOutputs([
              {flag: '--save', path: save!},
              {flag: '--record', path: record!},
            ]),
          ),
        ).toBe(`--save ${save} and --record ${record} are the same file; give each its own`);
      }
      writeFileSync('kept.json', 'x');
      symlinkSync('kept.json', 'soft.cast');
      linkSync('kept.json', 'hard.cast');
      for (const other of ['soft.cast', 'hard.cast']) {
        expect(
          refusal(() =>
            checkDistinctOutputs([
              {flag: '--save', path: 'kept.json'},
              {flag: '--record', path: other},
            ]),
          ),
        ).toMatch(/are the same file/);
      }
      checkDistinctOutputs([
        {flag: '--save', path: 'run.json'},
        {flag: '--record', path: 'run.cast'},
      ]);
    } finally {
      process.chdir(cwd);
    }
  });

  it('checkRunOutputs refuses a --save folder that cannot be written before the run, leaving nothing', () => {
    const folder = temporaryFolder();
    // /sys refuses new files even to root; elsewhere a folder without write permission does.
    const unwritable = process.getuid?.() === 0 ? '/sys' : folder;
    if (unwritable === folder) execFileSync('chmod', ['555', folder]);
    expect(refusal(() => checkRunOutputs({save: join(unwritable, 'run.json')}))).toMatch(
      new RegExp(`^--save ${unwritable}/run.json: cannot write in the folder ${unwritable} \\(E`),
    );
    expect(statSync(unwritable).isDirectory()).toBe(true);
  });
});
