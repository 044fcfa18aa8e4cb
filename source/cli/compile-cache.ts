import nodeModule from 'node:module';

/**
 * What module.enableCompileCache returns (Node >= 22.1): a status from
 * module.constants.compileCacheStatus (1 enabled, 2 already enabled, 0 failed,
 * 3 disabled by NODE_DISABLE_COMPILE_CACHE) and, when on, the cache's directory.
 */
type CompileCacheResult = {status: number; message?: string; directory?: string};
export type EnableCompileCache = () => CompileCacheResult;

export type CompileCacheOutcome =
  {on: true; directory: string} | {on: false; why: 'absent' | 'refused'; message?: string};

const ENABLED = 1;
const ALREADY_ENABLED = 2;

// @types/node 20 does not declare it: looked up on the module, not assumed.
const nodeEnableCompileCache = (nodeModule as {enableCompileCache?: EnableCompileCache})
  .enableCompileCache;

/**
 * Turns on Node's on-disk cache of compiled modules where this Node has one
 * (Node >= 22.1; in os.tmpdir()/node-compile-cache, keyed by each file's
 * content), so that the second start skips compiling brewlanes and its
 * dependencies. Node 20 has none: nothing happens. Never throws and never
 * prints: a cache that cannot be written (a read-only tmp) only costs speed.
 * Must run before the program's modules load, so the entry imports them after.
 */
export function enableCompileCacheIfPresent(): CompileCacheOutcome {
  return enableCompileCacheWith(nodeEnableCompileCache);
}

/** enableCompileCacheIfPresent with this Node's function, or its absence, given (for tests). */
export function enableCompileCacheWith(
  enable: EnableCompileCache | undefined,
): CompileCacheOutcome {
  if (enable === undefined) return {on: false, why: 'absent'};
  try {
    const result = enable();
    if ((result.status === ENABLED || result.status === ALREADY_ENABLED) && result.directory) {
      return {on: true, directory: result.directory};
    }
    return {on: false, why: 'refused', ...(result.message ? {message: result.message} : {})};
  } catch (error) {
    return {on: false, why: 'refused', message: (error as Error).message};
  }
}
