import {fork, type ChildProcess} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {builtFile} from '../../engine/worker-file.js';
import {epochNow} from './brew-with-tips.js';
import {baristaFailed, readJarWhile, type JarRead, type Lane} from './lane.js';
import type {ChildMessage, CoffeeOrder, ToChild} from './messages.js';

const childFile = fileURLToPath(builtFile('lessons/processes/child.js'));

export type ProcessesWay = {
  lanes: Lane[];
  jar: {
    /** What each child counted in its own jar, as it sent it back. */
    children: Array<{pid: number; tips: number}>;
    /** The parent's jar as it read it while the children brewed. */
    parentReads: JarRead[];
    /** The parent's jar after every child had brewed, before it asked for their tips. */
    parentBeforeCollecting: number;
    /** The parent's jar once every child sent its tips back. */
    collected: number;
  };
};

/** The next message of `type` from `child`; rejects if the child ends or fails first. */
function nextMessage<T extends ChildMessage['type']>(
  child: ChildProcess,
  type: T,
): Promise<Extract<ChildMessage, {type: T}>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ChildMessage) => {
      if (message.type !== type) return;
      stop();
      resolve(message as Extract<ChildMessage, {type: T}>);
    };
    const onExit = (code: number | null, signal: string | null) => {
      stop();
      reject(
        baristaFailed(
          `the barista process ${child.pid}`,
          `ended (${signal ?? `exit code ${code}`}) before it sent "${type}"`,
        ),
      );
    };
    const onError = (error: Error) => {
      stop();
      reject(baristaFailed('a barista process', `failed: ${error.message}`));
    };
    const stop = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
      child.off('error', onError);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

const ended = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** Resolves when `child` has exited (and been waited for), or could not be started at all. */
const exitOf = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (ended(child)) return resolve();
    child.once('exit', () => resolve());
    child.once('error', () => {
      if (child.pid === undefined) resolve();
    });
  });

/**
 * One child process per coffee, as the seed program does (node:child_process
 * fork, all at once). Each counts tips in a jar of its own, in its own memory;
 * the parent's jar stays 0 until it asks for their tips and adds them up. Every
 * child is killed and waited for (by pid) when `signal` aborts or anything fails.
 */
export async function brewInProcesses(
  orders: readonly CoffeeOrder[],
  signal: AbortSignal,
  onSpawn: (pid: number) => void = () => undefined,
): Promise<ProcessesWay> {
  signal.throwIfAborted();
  const parentJar = {tips: 0};
  const children: ChildProcess[] = [];
  const exits: Array<Promise<void>> = [];
  const killAll = () => {
    for (const child of children) if (!ended(child)) child.kill('SIGKILL');
  };
  signal.addEventListener('abort', killAll);
  try {
    const started = orders.map((order) => {
      const spawnMs = epochNow();
      // The order is our own numbers; then this process's pid, so the child sees when it is gone.
      const child = fork(childFile, [JSON.stringify(order), String(process.pid)], {
        execArgv: [],
        stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      });
      children.push(child);
      exits.push(exitOf(child));
      if (child.pid !== undefined) onSpawn(child.pid);
      return {spawnMs, child, brewed: nextMessage(child, 'brewed')};
    });
    const brewing = Promise.all(started.map((barista) => barista.brewed));
    const {result: brewed, reads} = await readJarWhile(() => parentJar.tips, brewing);
    const parentBeforeCollecting = parentJar.tips;
    const tips = await Promise.all(
      started.map(async ({child}) => {
        const answer = nextMessage(child, 'tips');
        child.send({type: 'send-tips'} satisfies ToChild);
        return (await answer).tips;
      }),
    );
    const jar = started.map(({child}, i) => ({pid: child.pid ?? 0, tips: tips[i] ?? 0}));
    for (const {tips: sent} of jar) parentJar.tips += sent;
    const lanes = started.map(({spawnMs}, i) => ({
      spawnMs,
      ...brewed[i]!.measured,
      ...brewed[i]!.memory,
    }));
    return {
      lanes,
      jar: {children: jar, parentReads: reads, parentBeforeCollecting, collected: parentJar.tips},
    };
  } finally {
    signal.removeEventListener('abort', killAll);
    killAll();
    await Promise.all(exits);
  }
}
