import {lessons, type Lesson, type OwnLessonId} from '../lessons/index.js';
import type {Mode} from '../protocol/vocabulary.js';

/** What a key press asks of the dashboard. */
export type Action =
  | {type: 'mode'; mode: Mode}
  | {type: 'baristas'; delta: 1 | -1}
  | {type: 'customers'; delta: 1 | -1}
  | {type: 'workload'}
  | {type: 'machines'}
  | {type: 'lesson'; id: OwnLessonId}
  | {type: 'slice'; direction: 1 | -1}
  | {type: 'pause'}
  | {type: 'speed'; direction: 1 | -1}
  | {type: 'restart'}
  | {type: 'view'}
  | {type: 'help'}
  | {type: 'close-help'}
  | {type: 'export'}
  | {type: 'ghost'}
  | {type: 'seek'; deltaMs: number}
  | {type: 'quit'}
  | {type: 'interrupt'};

/**
 * A key and what it does: a character as typed, or one of the named keys
 * `tab`, `escape`, `left`, `right`, `ctrl+c`. An alias (`=` for `+`) is not
 * written in the help row.
 */
export type Press = {key: string; action: Action; alias?: true};

/**
 * A label in the key bar: its longest, shorter and shortest forms (null: left
 * out at that width); `rank` is its place in the bar, lowest first.
 */
export type BarLabel = {rank: number; forms: readonly [string, string, string | null]};

/** One row of the key table: its keys, the help overlay's row, the key bar's label, a replay's answer. */
export type Binding = {
  presses: readonly Press[];
  /** Its row in the help overlay: the keys as written there, what they do. */
  help?: readonly [string, string];
  /** Its label in the live dashboard's key bar. */
  bar?: BarLabel;
  /** In a replay: its label in the replay's key bar, or why a replay refuses it; absent: it acts, unlabelled. */
  replay?: {bar: BarLabel} | {refused: string};
  /** With the help open: it acts too (`also`), or only then (`only`); absent: not while the help is open. */
  inHelp?: 'also' | 'only';
};

const changesTheRun = {
  refused: 'a replay plays the saved run as measured; run brewlanes to change it',
};
const liveOnly = {refused: 'lessons run only on the live shop'};

const modeRow: Binding = {
  presses: (
    [
      ['1', 'sequential'],
      ['2', 'concurrent'],
      ['3', 'parallel'],
      ['4', 'hybrid'],
    ] as const
  ).map(([key, mode]) => ({key, action: {type: 'mode', mode}})),
  help: [
    '1 2 3 4',
    'sequential, concurrent, parallel, hybrid: restart the same customers in that mode',
  ],
  bar: {rank: 10, forms: ['1-4 mode', '1-4 mode', '1-4 mode']},
  replay: changesTheRun,
};

/** A lesson's key: a run lesson changes the mode or the machines; the others run in the panel. */
function lessonBinding(lesson: Lesson): Binding {
  const help = [lesson.key, lesson.help] as const;
  if (lesson.kind === 'own') {
    // The registry's lessons; a test hands in others to see them reach every reader.
    const id = lesson.id as OwnLessonId;
    return {presses: [{key: lesson.key, action: {type: 'lesson', id}}], help, replay: liveOnly};
  }
  switch (lesson.keyChanges) {
    case 'mode':
      return {
        presses: [{key: lesson.key, action: {type: 'mode', mode: lesson.run.mode}}],
        help,
        replay: changesTheRun,
      };
    case 'machines':
      return {
        presses: [{key: lesson.key, action: {type: 'machines'}}],
        help,
        replay: changesTheRun,
      };
    default: {
      const missing: never = lesson.keyChanges;
      throw new Error(`no key action for ${String(missing)}`);
    }
  }
}

/** The key table: the modes, the lessons (from the registry, in tour order), then the rest. */
export function bindingsFor(list: readonly Lesson[]): Binding[] {
  return [
    modeRow,
    ...list.map(lessonBinding),
    {
      presses: [
        {key: '[', action: {type: 'slice', direction: -1}},
        {key: ']', action: {type: 'slice', direction: 1}},
      ],
      help: ['[ ]', 'concurrent: shorter / longer brew slices (switching overhead in the figures)'],
      replay: changesTheRun,
    },
    {
      presses: [
        {key: '+', action: {type: 'baristas', delta: 1}},
        {key: '=', action: {type: 'baristas', delta: 1}, alias: true},
        {key: '-', action: {type: 'baristas', delta: -1}},
        {key: '_', action: {type: 'baristas', delta: -1}, alias: true},
      ],
      help: ['+ -', 'one barista thread more / fewer (1 to 64)'],
      bar: {rank: 20, forms: ['+/- baristas', '+- baristas', '+- baristas']},
      replay: changesTheRun,
    },
    {
      presses: [
        {key: 'C', action: {type: 'customers', delta: 1}},
        {key: 'c', action: {type: 'customers', delta: -1}},
      ],
      help: ['C c', 'one customer more / fewer'],
      bar: {rank: 30, forms: ['c/C customers', 'cC customers', 'cC customers']},
      replay: changesTheRun,
    },
    {
      presses: [{key: 'w', action: {type: 'workload'}}],
      help: ['w', 'next workload: io, cpu, mixed'],
      bar: {rank: 40, forms: ['w load', 'w load', 'w load']},
      replay: changesTheRun,
    },
    {
      presses: [{key: ' ', action: {type: 'pause'}}],
      help: ['space', 'pause / resume the shop for real (pauses are left out of every figure)'],
      bar: {rank: 50, forms: ['space pause', 'space pause', 'space pause']},
      replay: {bar: {rank: 50, forms: ['space pause', 'space pause', 'space pause']}},
    },
    {
      presses: [
        {key: '>', action: {type: 'speed', direction: 1}},
        {key: '.', action: {type: 'speed', direction: 1}, alias: true},
        {key: '<', action: {type: 'speed', direction: -1}},
        {key: ',', action: {type: 'speed', direction: -1}, alias: true},
      ],
      help: ['> <', 'faster / slower time scale: the run restarts at the new scale'],
      bar: {rank: 60, forms: ['</> speed', '<> speed', '<> speed']},
      replay: {bar: {rank: 60, forms: ['</> playback speed', '<> speed', '<> speed']}},
    },
    {
      presses: [{key: 'r', action: {type: 'restart'}}],
      help: ['r', 'restart the same customers'],
      bar: {rank: 70, forms: ['r restart', 'r', null]},
      replay: {bar: {rank: 70, forms: ['r from the start', 'r start', null]}},
    },
    {
      presses: [{key: 'o', action: {type: 'ghost'}}],
      help: ['o', 'ghost: the previous run of the same customers stays on screen, faint'],
      bar: {rank: 75, forms: ['o ghost', 'o', null]},
      replay: {refused: 'the ghost compares two live runs; a replay plays one'},
    },
    {
      presses: [
        {key: 'left', action: {type: 'seek', deltaMs: -1000}},
        {key: 'right', action: {type: 'seek', deltaMs: 1000}},
      ],
      help: ['← →', 'in a replay: jump back / forward by a second'],
      replay: {bar: {rank: 65, forms: ['←/→ jump 1 s', '←→ jump 1 s', '←→ jump']}},
    },
    {
      presses: [{key: 'e', action: {type: 'export'}}],
      help: [
        'e',
        'export to this folder: the run, the pair (ghost on) or the compare view, as slides',
      ],
      replay: {bar: {rank: 80, forms: ['e export', 'e export', null]}},
    },
    {
      presses: [{key: 'tab', action: {type: 'view'}}],
      help: ['tab', 'next view: dashboard, compare, log'],
      bar: {rank: 90, forms: ['tab view', 'tab view', null]},
      replay: {bar: {rank: 90, forms: ['tab view', 'tab view', null]}},
    },
    {
      presses: [{key: '?', action: {type: 'help'}}],
      help: ['?', 'this help (Escape or ? closes it)'],
      bar: {rank: 100, forms: ['? help', '? help', '? help']},
      replay: {bar: {rank: 100, forms: ['? help', '? help', '? help']}},
      // `?` toggles, so that it works whatever state the handler last saw.
      inHelp: 'also',
    },
    {presses: [{key: 'escape', action: {type: 'close-help'}}], inHelp: 'only'},
    {
      presses: [
        {key: 'q', action: {type: 'quit'}},
        {key: 'ctrl+c', action: {type: 'interrupt'}},
      ],
      help: ['q', 'quit (Ctrl+C too)'],
      bar: {rank: 110, forms: ['q quit', 'q quit', 'q']},
      replay: {bar: {rank: 110, forms: ['q quit', 'q quit', 'q']}},
      inHelp: 'also',
    },
  ];
}

/** The dashboard's keys. */
export const bindings: readonly Binding[] = bindingsFor(lessons);
