import type {TourStep} from '../tour/steps.js';
import type {LiveSession} from './session.js';

/**
 * Starts a tour step live: a run of the shop in its mode, or a lesson with its
 * own mechanism in the panel. A step that states a speed-up first runs its baseline (the
 * sequential run of the same customers) unless this session measured it already,
 * so every number the tour says is measured here. `speed` is the presenter's time scale.
 */
export function startTourStep(session: LiveSession, step: TourStep, speed?: number): void {
  const action = step.action;
  if (action.kind === 'run') {
    session.restart(
      {
        mode: action.mode,
        workload: action.workload,
        customers: action.customers,
        machines: action.machines,
        ...(speed === undefined ? {} : {speed}),
      },
      {baselineFirst: step.figure === 'speedup'},
    );
  } else {
    session.runPanel(action.lesson);
  }
}

/** The step after (`1`) or before (`-1`) `index`, staying within the tour. */
export const stepIndex = (index: number, direction: 1 | -1, steps: number): number =>
  Math.min(steps - 1, Math.max(0, index + direction));
