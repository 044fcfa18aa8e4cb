import type {StepKind} from './vocabulary.js';

/**
 * The seeds' analogies as skins: the same engine and the same measurements, told in
 * another place's words. `coffee` is the shop brewlanes grew from; `kitchen` the
 * guide's chefs and dishes; `grading` the teacher, teaching assistants and papers;
 * `server` the course's web server, its workers and requests; `tasks` the snippets'
 * plain tasks (`Task 1 started`), which the gather, two-tasks and two-loops
 * scenarios name. A run carries its skin (RunInfo.skin, the saved run's scenario),
 * so a replay or an export tells it in the same words.
 */
export const skinNames = ['coffee', 'kitchen', 'grading', 'server', 'tasks'] as const;
export type SkinName = (typeof skinNames)[number];

export const isSkinName = (value: unknown): value is SkinName =>
  (skinNames as readonly unknown[]).includes(value);

/**
 * The coffee shop's own words that the prose (explanations, tour, figures, labels)
 * is written in; each skin says what each one becomes. Longer phrases first, so
 * "espresso machine" is replaced before "espresso" could be.
 */
export const coffeeWords = [
  'shop loop',
  'brew in parallel',
  'long macchiato',
  'cup',
  'espresso machines',
  'espresso machine',
  'coffee shop',
  'baristas',
  'barista',
  'customers',
  'customer',
  'orders',
  'order',
  'brewing',
  'brews',
  'brew',
  'drinks',
  'drink',
  'coffee',
  'shop',
] as const;
export type CoffeeWord = (typeof coffeeWords)[number];

/** The built-in menu's drinks (engine/menu.ts), which a generated scenario orders. */
export const coffeeDrinks = [
  'espresso',
  'americano',
  'latte',
  'cappuccino',
  'caramel macchiato, extra foam',
] as const;
export type CoffeeDrink = (typeof coffeeDrinks)[number];

/** Who a shop line is about: the customer's id and name (inert already) and their drink. */
export type Who = {id: number; name: string; drink: string};

/** The lines a plain run prints as the shop works, in the skin's own words. */
export type ShopLineWords = {
  /** The first line of a run, or none (the snippets print none). */
  welcome: string | null;
  /** When a customer's first step starts (the tasks' "Task 1 started"), or none. */
  started: ((who: Who) => string) | null;
  /** When an `order` step starts, or none. */
  ordering: ((who: Who) => string) | null;
  /** When a `serve` step starts, or none. */
  serving: ((who: Who) => string) | null;
  /** When the customer is served: the last step ended. */
  served: (who: Who) => string;
  failed: (who: Who, reason: string) => string;
  /** The last line: the run's measured makespan. */
  total: (makespanMs: number) => string;
};

export type Words = {
  /** Each coffee word, as this skin says it (Record: a skin missing one does not compile). */
  prose: Record<CoffeeWord, string>;
  /** What a customer's lane writes inside a step of each kind. */
  steps: Record<StepKind, string>;
  /** The built-in drinks as this place serves them, shortest to the long one (the macchiato). */
  menu: Record<CoffeeDrink, string>;
  lines: ShopLineWords;
};

const seconds3 = (ms: number) => (ms / 1000).toFixed(3);
const seconds2 = (ms: number) => (ms / 1000).toFixed(2);

/** The coffee words as they are: the default skin changes nothing. */
const coffeeProse = Object.fromEntries(coffeeWords.map((word) => [word, word])) as Record<
  CoffeeWord,
  string
>;

const coffeeMenu = Object.fromEntries(coffeeDrinks.map((drink) => [drink, drink])) as Record<
  CoffeeDrink,
  string
>;

export const skins: Record<SkinName, Words> = {
  coffee: {
    prose: coffeeProse,
    steps: {order: 'order', brew: 'brew', machine: 'machine', serve: 'serve'},
    menu: coffeeMenu,
    lines: {
      // The seed program's own lines (its README's expected output).
      welcome: 'Welcome to the coffee shop',
      started: null,
      ordering: ({id}) => `Hi ${id}, please place your order`,
      serving: ({id}) => `Hi ${id}, your coffee is prepared and heading to the counter`,
      served: ({id}) => `Hi ${id}, your coffee is placed at the counter, please collect`,
      failed: ({id}, reason) => `Hi ${id}, we are sorry: your order failed (${reason})`,
      total: (ms) => `Processing time: ${seconds3(ms)} seconds`,
    },
  },
  kitchen: {
    prose: {
      'brew in parallel': 'cook in parallel',
      'long macchiato': 'long soufflé',
      cup: 'pot',
      'shop loop': 'head chef',
      'espresso machines': 'ovens',
      'espresso machine': 'oven',
      'coffee shop': 'kitchen',
      baristas: 'chefs',
      barista: 'chef',
      customers: 'diners',
      customer: 'diner',
      orders: 'dishes',
      order: 'dish',
      brewing: 'cooking',
      brews: 'cooks',
      brew: 'cook',
      drinks: 'dishes',
      drink: 'dish',
      coffee: 'food',
      shop: 'kitchen',
    },
    steps: {order: 'order', brew: 'cook', machine: 'oven', serve: 'plate'},
    menu: {
      espresso: 'toast',
      americano: 'soup',
      latte: 'omelette',
      cappuccino: 'risotto',
      'caramel macchiato, extra foam': 'soufflé, extra cheese',
    },
    lines: {
      welcome: 'The kitchen is open',
      started: null,
      ordering: ({id, name}) => `Dish ${id} for ${name}: the order is in`,
      serving: ({id}) => `Dish ${id} is cooked and heading to the pass`,
      served: ({id, name}) => `Dish ${id} is on ${name}'s table, enjoy`,
      failed: ({id}, reason) => `Dish ${id} failed (${reason})`,
      total: (ms) => `Service time: ${seconds3(ms)} seconds`,
    },
  },
  grading: {
    prose: {
      'brew in parallel': 'grade in parallel',
      'long macchiato': 'long thesis',
      cup: 'paper',
      'shop loop': 'teacher',
      'espresso machines': 'copiers',
      'espresso machine': 'copier',
      'coffee shop': 'staff room',
      baristas: 'TAs',
      barista: 'TA',
      customers: 'students',
      customer: 'student',
      orders: 'papers',
      order: 'paper',
      brewing: 'grading',
      brews: 'grading jobs',
      brew: 'grading job',
      drinks: 'papers',
      drink: 'paper',
      coffee: 'feedback',
      shop: 'staff room',
    },
    steps: {order: 'hand in', brew: 'grade', machine: 'copier', serve: 'return'},
    menu: {
      espresso: 'quiz',
      americano: 'short answer',
      latte: 'lab report',
      cappuccino: 'essay',
      'caramel macchiato, extra foam': 'thesis, with appendix',
    },
    lines: {
      welcome: 'The teacher picks up the stack of papers',
      started: null,
      ordering: ({name}) => `${name} hands in a paper`,
      serving: ({name}) => `${name}'s paper is graded, the feedback written`,
      served: ({name}) => `${name}'s paper is back with its grade`,
      failed: ({name}, reason) => `${name}'s paper could not be graded (${reason})`,
      total: (ms) => `Grading time: ${seconds3(ms)} seconds`,
    },
  },
  server: {
    prose: {
      'brew in parallel': 'compute in parallel',
      'long macchiato': 'long report',
      cup: 'request',
      'shop loop': 'event loop',
      'espresso machines': 'databases',
      'espresso machine': 'database',
      'coffee shop': 'web server',
      baristas: 'workers',
      barista: 'worker',
      customers: 'clients',
      customer: 'client',
      orders: 'requests',
      order: 'request',
      brewing: 'computing',
      brews: 'jobs',
      brew: 'job',
      drinks: 'requests',
      drink: 'request',
      coffee: 'response',
      shop: 'server',
    },
    steps: {order: 'recv', brew: 'compute', machine: 'io', serve: 'respond'},
    menu: {
      espresso: 'GET /health',
      americano: 'GET /items',
      latte: 'GET /search',
      cappuccino: 'POST /order',
      'caramel macchiato, extra foam': 'POST /report, full export',
    },
    lines: {
      // The course's web server: "Handling request 0" … "Finished request 0".
      welcome: null,
      started: ({name}) => `Handling request ${name}`,
      ordering: null,
      serving: null,
      served: ({name}) => `Finished request ${name}`,
      failed: ({name}, reason) => `Request ${name} failed (${reason})`,
      total: (ms) => `Total time: ${seconds2(ms)} sec`,
    },
  },
  tasks: {
    prose: {
      'brew in parallel': 'compute in parallel',
      'long macchiato': 'long task',
      cup: 'task',
      'shop loop': 'event loop',
      'espresso machines': 'shared resources',
      'espresso machine': 'shared resource',
      'coffee shop': 'program',
      baristas: 'workers',
      barista: 'worker',
      customers: 'tasks',
      customer: 'task',
      orders: 'tasks',
      order: 'task',
      brewing: 'computing',
      brews: 'CPU loops',
      brew: 'CPU loop',
      drinks: 'tasks',
      drink: 'task',
      coffee: 'result',
      shop: 'program',
    },
    steps: {order: 'start', brew: 'loop', machine: 'sleep', serve: 'end'},
    menu: {
      espresso: 'short task',
      americano: 'small task',
      latte: 'medium task',
      cappuccino: 'larger task',
      'caramel macchiato, extra foam': 'long task',
    },
    lines: {
      // The snippets' lines: "Task 1 started", "Task 1 finished", "Total time: 3.00 sec".
      welcome: null,
      started: ({name}) => `Task ${name} started`,
      ordering: null,
      serving: null,
      served: ({name}) => `Task ${name} finished`,
      failed: ({name}, reason) => `Task ${name} failed (${reason})`,
      total: (ms) => `Total time: ${seconds2(ms)} sec`,
    },
  },
};

/** The words of a run: its skin's, the coffee shop's when it names none. */
export const wordsOf = (info: {skin?: SkinName | undefined} | undefined): Words =>
  skins[info?.skin ?? 'coffee'];

const wordPattern = new RegExp(`\\b(?:(an?|An?) )?(${coffeeWords.join('|')})\\b`, 'gi');

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * brewlanes' own prose (an explanation, a tour step, a figure's label) in the
 * skin's words: each coffee word replaced, its capital kept, "a"/"an" before it
 * agreeing with the new word. Only for our own sentences: a name from a scenario
 * file is data and is never reworded.
 */
export function reword(text: string, words: Words): string {
  if (words.prose === skins.coffee.prose) return text;
  return text.replace(wordPattern, (match, article: string | undefined, found: string) => {
    const said = words.prose[found.toLowerCase() as CoffeeWord];
    const word = found.charAt(0) === found.charAt(0).toUpperCase() ? capitalised(said) : said;
    if (article === undefined) return word;
    const an = /^[aeiou]/i.test(said) ? 'an' : 'a';
    return `${article.charAt(0) === 'A' ? capitalised(an) : an} ${word}`;
  });
}
