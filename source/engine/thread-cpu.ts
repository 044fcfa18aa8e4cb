import {readFileSync} from 'node:fs';

/** What process.threadCpuUsage returns (Node >= 23.9): µs this thread ran, user and kernel. */
type ThreadCpuUsage = () => {user: number; system: number};

/** Where a thread's CPU time is read from on this Node. */
export type ThreadCpuSource = 'threadCpuUsage' | 'schedstat' | 'none';

/** What the choice of clock depends on; injected by the tests. */
export type ThreadCpuProbe = {
  /** process.threadCpuUsage, where this Node has it. */
  threadCpuUsage: ThreadCpuUsage | undefined;
  platform: NodeJS.Platform;
  /** The text of /proc/thread-self/schedstat (read on the calling thread). */
  readSchedstat: () => string;
};

export type ThreadCpuClock = {
  source: ThreadCpuSource;
  /** CPU time the calling thread has obtained so far, in ms; null where it cannot be read. */
  now: () => number | null;
};

/**
 * The calling thread's CPU clock: Node's own process.threadCpuUsage where it has
 * one (Node >= 23.9, any platform; about 1.5 µs a call), else Linux's
 * /proc/thread-self/schedstat (Node 20 and 22: its first field is ns on a CPU;
 * about 20 µs a call), else none (then a brew carries no CPU figure and the
 * views say "not measured"). Both read the kernel's per-thread run time, which
 * is brought up to date when the thread is switched out or at a tick (see
 * workers/brew.ts for why an interval is read after the thread slept).
 */
export function threadCpuClock(probe: ThreadCpuProbe): ThreadCpuClock {
  const {threadCpuUsage} = probe;
  if (threadCpuUsage !== undefined) {
    return {
      source: 'threadCpuUsage',
      now: () => {
        const {user, system} = threadCpuUsage();
        return (user + system) / 1000;
      },
    };
  }
  if (probe.platform !== 'linux') return {source: 'none', now: () => null};
  let readable = true;
  return {
    source: 'schedstat',
    now: () => {
      if (!readable) return null;
      try {
        const text = probe.readSchedstat();
        const ns = Number(text.slice(0, text.indexOf(' ')));
        return Number.isFinite(ns) ? ns / 1e6 : null;
      } catch {
        // No /proc here (a container without it): stop trying, say "not measured".
        readable = false;
        return null;
      }
    },
  };
}

// @types/node 20 does not declare process.threadCpuUsage: looked up, not assumed.
const nodeThreadCpuUsage = (process as {threadCpuUsage?: ThreadCpuUsage}).threadCpuUsage;

const clock = threadCpuClock({
  threadCpuUsage: nodeThreadCpuUsage?.bind(process),
  platform: process.platform,
  readSchedstat: () => readFileSync('/proc/thread-self/schedstat', 'latin1'),
});

/** Where this Node reads a thread's CPU time from. */
export const threadCpuSource: ThreadCpuSource = clock.source;

/** CPU time the calling thread has obtained so far, in ms; null where it cannot be read. */
export const threadCpuMs: () => number | null = clock.now;
