import {generateScenario, type Scenario} from '../engine/scenario.js';
import {loadScenarioFile} from '../engine/scenario-file.js';
import type {RunSettings} from './options.js';

/** The customers a run serves: from --scenario, or generated from --seed. */
export const scenarioFor = (settings: RunSettings): Scenario =>
  settings.scenario
    ? loadScenarioFile(settings.scenario, settings.workload)
    : generateScenario({
        seed: settings.seed,
        customers: settings.customers,
        workload: settings.workload,
      });
