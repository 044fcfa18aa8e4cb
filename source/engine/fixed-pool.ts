import {Piscina} from 'piscina';

/**
 * A piscina pool of exactly `threads` threads of `filename` that never retire
 * while the pool lives: what a lesson that times its own threads needs (it
 * starts them and waits at a gate before anything is timed, so no thread is
 * started or ended mid-measurement).
 */
export const fixedPool = (filename: string, threads: number): Piscina =>
  new Piscina({
    filename,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
  });
