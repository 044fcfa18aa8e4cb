import {generateScenario} from './scenario.js';
import type {Scenario} from '../protocol/vocabulary.js';
import type {ShopSettings} from '../protocol/shop-settings.js';
import {checkEventBudget} from './event-budget.js';
import {loadScenarioFile} from './scenario-file.js';
import {scenarioPath} from './named-scenarios.js';

/**
 * The customers a run serves: from --scenario (a name or a file), or generated from --seed. A run
 * that would record more events than a run may hold is refused here, in one line.
 */
export function scenarioFor(settings: ShopSettings): Scenario {
  const scenario = settings.scenario
    ? loadScenarioFile(scenarioPath(settings.scenario), settings.workload)
    : generateScenario({
        seed: settings.seed,
        customers: settings.customers,
        workload: settings.workload,
      });
  checkEventBudget(scenario, settings.mode, settings.sliceMs);
  // --skin tells any scenario in other words; else the scenario's own (a named one names its).
  return settings.skin === undefined ? scenario : {...scenario, skin: settings.skin};
}
