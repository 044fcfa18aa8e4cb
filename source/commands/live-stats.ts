import {writeFileSync} from 'node:fs';
import {performance} from 'node:perf_hooks';
import {threadCpuMs} from '../engine/thread-cpu.js';
import type {LiveSession} from '../ui/session.js';

/**
 * CPU time of the main thread alone, in ms (process.threadCpuUsage on Node >= 23.9,
 * Linux's /proc/thread-self/schedstat on Node 20; read on the main thread, since
 * process.cpuUsage counts the barista threads too). Null where neither is there.
 */
export const mainThreadCpuMs = (): number | null => threadCpuMs();

/**
 * With BREWLANES_STATS=FILE, the dashboard writes what drawing cost to FILE when
 * it ends: frames drawn and written, the frame rate, the main thread's CPU share
 * and event-loop utilisation, the whole process's CPU. Off otherwise.
 */
export function startLiveStats(
  session: LiveSession,
  stdout: NodeJS.WriteStream,
  file = process.env['BREWLANES_STATS'],
): {frame: () => void; finish: () => void} | null {
  if (!file) return null;
  const started = performance.now();
  const cpu0 = mainThreadCpuMs();
  const process0 = process.cpuUsage();
  const elu0 = performance.eventLoopUtilization();
  let frames = 0;
  let writes = 0;
  const write = stdout.write.bind(stdout);
  // Count what Ink writes: one write per frame it draws.
  stdout.write = ((...args: Parameters<typeof stdout.write>) => {
    writes++;
    return write(...args);
  }) as typeof stdout.write;
  return {
    frame() {
      frames++;
    },
    finish() {
      const wallMs = performance.now() - started;
      const cpu1 = mainThreadCpuMs();
      const processCpu = process.cpuUsage(process0);
      const report = {
        wallMs: Math.round(wallMs),
        framesDrawn: frames,
        framesPerSecond: Number(((frames * 1000) / wallMs).toFixed(1)),
        stdoutWrites: writes,
        mainThreadCpuMs: cpu0 !== null && cpu1 !== null ? cpu1 - cpu0 : null,
        mainThreadCpuShare:
          cpu0 !== null && cpu1 !== null ? Number(((cpu1 - cpu0) / wallMs).toFixed(3)) : null,
        eventLoopUtilisation: Number(performance.eventLoopUtilization(elu0).utilization.toFixed(3)),
        processCpuMs: Math.round((processCpu.user + processCpu.system) / 1000),
        settings: session.settings,
        /** The makespan of the run on screen when the dashboard ended, if it had finished. */
        makespanMs: session.timeline?.endedAt ?? null,
      };
      writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
    },
  };
}
