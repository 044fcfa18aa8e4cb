import {execFileSync} from 'node:child_process';
import {chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';

// V8 keeps what it compiled in memory too: each start is a process of its own, as
// in use, so that a cache taken is the file's. The module is tsc's build of
// source/cli/code-cache.ts (`npm test` builds first).
const codeCache = new URL('../../dist/cli/code-cache.js', import.meta.url).href;

let folder: string;
let file: string;
let cacheDir: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'brewlanes-code-cache-test-'));
  file = join(folder, 'program.cjs');
  cacheDir = join(folder, 'cache');
  // Functions enough to be worth caching, and a shebang as the bundle has.
  const functions = Array.from(
    {length: 50},
    (_, i) => `function f${i}(x) { return x * ${i} + 1; }`,
  );
  writeFileSync(
    file,
    `#!/usr/bin/env node\n${functions.join('\n')}\nmodule.exports = {answer: f41(1), file: __filename, line: new Error().stack.split('\\n')[1]};\n`,
  );
});

afterEach(() => rmSync(folder, {recursive: true, force: true}));

type Start = {cacheUsed: boolean; exports: {answer: number; file: string; line: string}};

/** One start of `file` in a process of its own: loads, runs, then saves the cache. */
function start(dir: string | null = cacheDir): Start {
  const script = `
    import {loadWithCodeCache} from ${JSON.stringify(codeCache)};
    const loaded = loadWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(dir)});
    const exports = loaded.run();
    loaded.save();
    console.log(JSON.stringify({cacheUsed: loaded.cacheUsed, exports}));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as Start;
}

const cacheFiles = () => readdirSync(cacheDir).filter((name) => name.endsWith('.v8'));

describe('loadWithCodeCache: the bundle with V8’s code cache', () => {
  it('runs the file as CommonJS: its exports, its __filename, its own line numbers', () => {
    const {cacheUsed, exports} = start();
    expect(cacheUsed).toBe(false);
    expect(exports.answer).toBe(42);
    expect(exports.file).toBe(file);
    expect(exports.line).toContain(`${file}:52:`);
  });

  it('writes the cache once run, and the next start takes it', () => {
    start();
    expect(cacheFiles()).toHaveLength(1);
    const second = start();
    expect(second.cacheUsed).toBe(true);
    expect(second.exports.answer).toBe(42);
  });

  it('takes no cache of another content: a rebuilt bundle compiles afresh, and its cache replaces the old', () => {
    start();
    const [old] = cacheFiles();
    writeFileSync(file, 'module.exports = {answer: 43};\n');
    const rebuilt = start();
    expect(rebuilt.cacheUsed).toBe(false);
    expect(rebuilt.exports.answer).toBe(43);
    expect(cacheFiles()).toHaveLength(1);
    expect(cacheFiles()).not.toContain(old);
  });

  it('runs from the source when the cache is damaged (V8 rejects it)', () => {
    start();
    writeFileSync(join(cacheDir, cacheFiles()[0]!), Buffer.alloc(4096, 7));
    const damaged = start();
    expect(damaged.cacheUsed).toBe(false);
    expect(damaged.exports.answer).toBe(42);
  });

  it('takes no cache from a folder others may write to (code planted in a shared tmp)', () => {
    start();
    chmodSync(cacheDir, 0o777);
    const planted = start();
    expect(planted.cacheUsed).toBe(false);
    expect(planted.exports.answer).toBe(42);
  });

  it('writes nothing without a folder (NODE_DISABLE_COMPILE_CACHE)', () => {
    const {exports} = start(null);
    expect(exports.answer).toBe(42);
    expect(readdirSync(folder)).toEqual(['program.cjs']);
  });
});
