import {createHash} from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import vm from 'node:vm';

/**
 * V8's code cache for the bundle of the command line. Node 20 has no compile cache
 * (module.enableCompileCache is Node >= 22.1), and compiling the bundle, then each
 * function of it as it first runs, was a third of the time to the dashboard's first
 * frame. vm.Script takes V8's cached code of a CommonJS file and makes it after a
 * run (with every function compiled so far), so the bundle is CommonJS and runs
 * through here.
 */
export type LoadedScript = {
  /** Runs the file as Node runs a CommonJS module; returns its exports. */
  run: () => unknown;
  /** Whether V8 took the cache (false: none, or one V8 rejected). */
  cacheUsed: boolean;
  /**
   * Writes the code compiled so far to the cache, unless the cache taken holds
   * about as much (a run that drew the dashboard compiles far more than `--help`:
   * the cache grows to the most the command line has run). Never throws.
   */
  save: () => void;
};

/**
 * The cache's folder: the user's own under the temporary folder, or null where
 * NODE_DISABLE_COMPILE_CACHE is set (as for Node's own cache) or no user id exists.
 */
export function codeCacheDir(): string | null {
  if (process.env['NODE_DISABLE_COMPILE_CACHE'] !== undefined) return null;
  const uid = process.getuid?.();
  return uid === undefined ? null : join(tmpdir(), `brewlanes-code-cache-${uid}`);
}

/**
 * Cached code runs as the program: take it only from a folder that this user owns
 * and nobody else may write to (a folder planted in a shared /tmp is not used).
 */
function isPrivateDir(dir: string): boolean {
  try {
    const stat = lstatSync(dir);
    return stat.isDirectory() && stat.uid === process.getuid?.() && (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/**
 * Compiles the CommonJS file `file` with the cache in `cacheDir` (none: null). The
 * cache is keyed by the file's content, Node's version and the machine, and V8
 * checks its own flags and version: a stale or foreign cache is rejected, never run.
 */
export function loadWithCodeCache(file: string, cacheDir: string | null): LoadedScript {
  // Hashed as read (hashing the decoded text would encode it again: 3 ms more).
  const bytes = readFileSync(file);
  const key = createHash('sha256')
    .update(`${process.version} ${process.arch}\n`)
    .update(bytes)
    .digest('hex')
    .slice(0, 32);
  const source = bytes.toString('utf8');
  const cacheFile = cacheDir === null ? null : join(cacheDir, `${key}.v8`);
  let cachedData: Buffer | undefined;
  if (cacheFile !== null && isPrivateDir(cacheDir!)) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // No cache yet: compiled from the source.
    }
  }
  // Node's own wrapper, on the first line so that line numbers stay the file's
  // (the bundle's shebang line becomes a comment).
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source.replace(/^#!/, '//')}\n})`;
  const script = new vm.Script(wrapped, {filename: file, ...(cachedData ? {cachedData} : {})});
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  // Only its size outlives this call (the closures below hold no cached bytes).
  const cachedSize = cachedData?.length ?? 0;
  return {
    cacheUsed,
    run: () => {
      const module = {exports: {}};
      const main = script.runInThisContext() as (...args: unknown[]) => void;
      main.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
      return module.exports;
    },
    save: () => {
      if (cacheFile === null) return;
      try {
        const code = script.createCachedData();
        if (cacheUsed && code.length <= cachedSize * 1.05) return;
        mkdirSync(cacheDir!, {recursive: true, mode: 0o700});
        if (!isPrivateDir(cacheDir!)) return;
        // Older builds' caches go; written whole, then renamed, so that a start
        // beside this one reads the old file or the new one, never half of one.
        for (const name of readdirSync(cacheDir!)) {
          if (name.endsWith('.v8') && name !== `${key}.v8`)
            rmSync(join(cacheDir!, name), {force: true});
        }
        const partial = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(partial, code, {mode: 0o600});
        renameSync(partial, cacheFile);
      } catch {
        // A cache that cannot be written (a read-only or full disk) only costs speed.
      }
    },
  };
}

/**
 * Runs the bundle `file` with the code cache, and as the process exits writes what
 * the run compiled to the cache when that adds to it.
 */
export function runWithCodeCache(file: string, cacheDir: string | null = codeCacheDir()): void {
  const loaded = loadWithCodeCache(file, cacheDir);
  if (cacheDir !== null) process.once('exit', loaded.save);
  loaded.run();
}
