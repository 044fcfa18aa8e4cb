import {execFile} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import nodeModule from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {enableCompileCacheWith} from '../../source/cli/compile-cache.js';

const entry = fileURLToPath(new URL('../../dist/brewlanes.js', import.meta.url));
const packageJson = fileURLToPath(new URL('../../package.json', import.meta.url));
const nodeHasCompileCache =
  typeof (nodeModule as {enableCompileCache?: unknown}).enableCompileCache === 'function';

describe('enableCompileCacheIfPresent: Node’s compile cache where present', () => {
  it('turns the cache on once where this Node has module.enableCompileCache (>= 22.1)', () => {
    let calls = 0;
    const outcome = enableCompileCacheWith(() => {
      calls++;
      return {status: 1, directory: '/tmp/node-compile-cache'};
    });
    expect(calls).toBe(1);
    expect(outcome).toEqual({on: true, directory: '/tmp/node-compile-cache'});
  });

  it('does nothing on Node 20, which has none', () => {
    expect(enableCompileCacheWith(undefined)).toEqual({on: false, why: 'absent'});
  });

  it('carries on without it when Node refuses or throws (a read-only tmp)', () => {
    const failed = enableCompileCacheWith(() => ({status: 0, message: 'EACCES'}));
    expect(failed).toEqual({on: false, why: 'refused', message: 'EACCES'});
    const threw = enableCompileCacheWith(() => {
      throw new Error('EROFS');
    });
    expect(threw).toEqual({on: false, why: 'refused', message: 'EROFS'});
  });
});

describe('the command users run (package.json bin)', () => {
  it('is the entry that turns the cache on before loading the program', () => {
    const {bin} = JSON.parse(readFileSync(packageJson, 'utf8')) as {bin: Record<string, string>};
    expect(bin['brewlanes']).toBe('dist/brewlanes.js');
  });

  it(`runs, and ${nodeHasCompileCache ? 'fills' : 'writes no'} a compile cache on Node ${process.version}`, async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'brewlanes-cache-'));
    try {
      const env: NodeJS.ProcessEnv = {...process.env, TMPDIR: tmp, NO_COLOR: '1'};
      delete env['NODE_COMPILE_CACHE'];
      delete env['NODE_DISABLE_COMPILE_CACHE'];
      const {code, stdout} = await new Promise<{code: number; stdout: string}>((resolve) => {
        execFile(
          process.execPath,
          [entry, '--customers', '2', '--speed', '8'],
          {env},
          (error, out) => resolve({code: error ? Number(error.code) : 0, stdout: out}),
        );
      });
      expect(code).toBe(0);
      expect(stdout).toContain('Processing time:');
      const cache = join(tmp, 'node-compile-cache');
      // Modules imported statically by the entry were compiled before the cache was on:
      // only what the entry imports afterwards (the program) can be in it (174 files today).
      const cached = existsSync(cache) ? readdirSync(cache, {recursive: true}).length : 0;
      if (nodeHasCompileCache) expect(cached).toBeGreaterThan(0);
      else expect(cached).toBe(0);
    } finally {
      rmSync(tmp, {recursive: true, force: true});
    }
  });
});
