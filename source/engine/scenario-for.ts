import {generateScenario} from './scenario.js';
import type {Scenario} from '../protocol/vocabulary.js';
import type {ShopSettings} from '../protocol/shop-settings.js';
import {checkEventBudget} from './event-budget.js';
import {loadScenarioFile} from './scenario-file.js';
import {coffeeDrinks, skins, type CoffeeDrink, type Words} from '../protocol/skins.js';
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
  if (settings.skin === undefined) return scenario;
  // A generated scenario orders the built-in drinks: served as the skin's place serves them.
  // A scenario file's drinks are its own data and keep their names.
  const told = {...scenario, skin: settings.skin};
  return scenario.seed === null ? told : withMenuOf(told, skins[settings.skin]);
}

/** The built-in drinks renamed to `words`' menu (the kitchen's soup for the americano); recipes unchanged. */
function withMenuOf(scenario: Scenario, words: Words): Scenario {
  const renamed = (drink: string): string =>
    (coffeeDrinks as readonly string[]).includes(drink) ? words.menu[drink as CoffeeDrink] : drink;
  const menu = Object.create(null) as Scenario['menu'];
  for (const [drink, recipe] of Object.entries(scenario.menu)) menu[renamed(drink)] = recipe;
  const customers = scenario.customers.map((customer) => ({
    ...customer,
    drink: renamed(customer.drink),
  }));
  return {...scenario, menu, customers};
}
