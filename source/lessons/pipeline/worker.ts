import {threadId} from 'node:worker_threads';
import {brewKernel} from '../../engine/kernel.js';
import {monotonicMs} from '../../engine/monotonic-clock.js';
import {threadCpuMs} from '../../engine/thread-cpu.js';
import {waitAtGate} from '../../engine/start-gate.js';
import {HandoverBoard} from './handover.js';
import {stageNames, type StageResult, type StageSegment, type StageTask} from './stage-task.js';

/**
 * A barista of the assembly line: for each order in turn, each of its stages,
 * each started only once the stage before it has handed that order over (real
 * computation on the previous stage's result), its interval measured here. No
 * orders only checks in at the gate (the pool warming up).
 */
export default function workStages(task: StageTask): StageResult {
  const board = new HandoverBoard(task.board);
  waitAtGate(task.gate);
  const cpuStart = threadCpuMs();
  const segments: StageSegment[] = [];
  for (let order = 0; order < task.orders; order++) {
    for (const stage of task.stages) {
      if (stage > 0 && !board.waitFor(stage - 1, order, task.handoverTimeoutMs))
        throw new Error(
          `the ${stageNames[stage - 1]} stage never handed order ${order + 1} over to the ${stageNames[stage]} stage`,
        );
      const input = stage === 0 ? task.seed * 7919 + order : board.resultOf(order);
      const start = monotonicMs();
      const result = brewKernel(task.unitsPerStage[stage]!, input);
      const end = monotonicMs();
      board.handOver(stage, order, result);
      segments.push({order: order + 1, stage, start, end});
    }
  }
  const cpuEnd = threadCpuMs();
  const cpuMs = cpuStart === null || cpuEnd === null ? null : cpuEnd - cpuStart;
  return {threadId, segments, cpuMs};
}
