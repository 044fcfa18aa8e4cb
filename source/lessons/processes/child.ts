/**
 * A barista as a child process (the processes lesson, one process per coffee as
 * the seed program does). Its order comes as its first argument, its parent's
 * pid as the second. It brews, counts its tips in a jar of its own (its own
 * memory: nobody else sees it), reports its measured brew and its own RSS, sends
 * its tips back when the parent asks, and exits. It exits too when the parent
 * goes: between tips while it brews (process.ppid, read afresh, is no longer the
 * parent's pid), after it when the IPC channel closes.
 */
import {readFileSync} from 'node:fs';
import {brewWithTips, epochNow} from './brew-with-tips.js';
import type {ChildMemory, ChildMessage, CoffeeOrder, ToChild} from './messages.js';

/** Its RSS, and the part of it no other process maps (where Linux says). */
function childMemory(): ChildMemory {
  const rssBytes = process.memoryUsage().rss;
  try {
    const rollup = readFileSync('/proc/self/smaps_rollup', 'utf8');
    const kB = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1]);
    const privateBytes = (kB('Private_Clean') + kB('Private_Dirty')) * 1024;
    return Number.isFinite(privateBytes) ? {rssBytes, privateBytes} : {rssBytes};
  } catch {
    return {rssBytes};
  }
}

const readyMs = epochNow();
const send = (message: ChildMessage) => process.send?.(message);
process.on('disconnect', () => process.exit(0));

const order = JSON.parse(process.argv[2] ?? '{}') as CoffeeOrder;
// The parent's pid as the parent gave it: read here, process.ppid may already be
// another's (a parent that died while this child started).
const parentPid = Number(process.argv[3]);
let jar = 0;
const brewStartMs = epochNow();
const orphaned = () => process.ppid !== parentPid;
const checksum = brewWithTips(order, {
  take: () => {
    if (orphaned()) process.exit(1);
  },
  put: () => void jar++,
});
const endMs = epochNow();
send({
  type: 'brewed',
  measured: {pid: process.pid, threadId: 0, readyMs, brewStartMs, endMs, checksum},
  memory: childMemory(),
});
process.on('message', (message: ToChild) => {
  if (message.type !== 'send-tips') return;
  process.send?.({type: 'tips', tips: jar} satisfies ChildMessage, () => process.exit(0));
});
