/**
 * A barista as a child process (the processes lesson, one process per coffee as
 * the seed program does). Its order comes as its first argument, its parent's
 * pid as the second. It brews, counts its tips in a jar of its own (its own
 * memory: nobody else sees it), reports its measured brew and its own RSS, sends
 * its tips back when the parent asks, and exits. It exits too when the parent
 * goes: between tips while it brews (process.ppid, read afresh, is no longer the
 * parent's pid), after it when the IPC channel closes.
 */
import {brewWithTips, epochNow} from './brew-with-tips.js';
import type {ChildMessage, CoffeeOrder, ToChild} from './messages.js';

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
  rssBytes: process.memoryUsage().rss,
});
process.on('message', (message: ToChild) => {
  if (message.type !== 'send-tips') return;
  process.send?.({type: 'tips', tips: jar} satisfies ChildMessage, () => process.exit(0));
});
