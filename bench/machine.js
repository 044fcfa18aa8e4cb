import {readFileSync} from 'node:fs';
import {availableParallelism, cpus} from 'node:os';

/** The CPU model as /proc/cpuinfo names it (os.cpus() elsewhere). */
export function cpuModel() {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match) return match[1].trim();
  } catch {
    // not Linux: fall through
  }
  return cpus()[0]?.model ?? 'unknown CPU';
}

/** What the figures were measured on. */
export function machineInfo() {
  return {
    cpu: cpuModel(),
    cores: availableParallelism(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
  };
}
