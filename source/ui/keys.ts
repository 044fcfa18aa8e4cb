import {modes, type Mode} from '../protocol/vocabulary.js';
import {shopLoopInWords} from '../render/labels.js';
import type {PanelName} from './driver.js';

/** What a key press asks of the dashboard. */
export type Action =
  | {type: 'mode'; mode: Mode}
  | {type: 'baristas'; delta: 1 | -1}
  | {type: 'customers'; delta: 1 | -1}
  | {type: 'workload'}
  | {type: 'machines'}
  | {type: 'panel'; name: PanelName}
  | {type: 'slice'; direction: 1 | -1}
  | {type: 'pause'}
  | {type: 'speed'; direction: 1 | -1}
  | {type: 'restart'}
  | {type: 'view'}
  | {type: 'help'}
  | {type: 'close-help'}
  | {type: 'export'}
  | {type: 'seek'; deltaMs: number}
  | {type: 'quit'}
  | {type: 'interrupt'};

/** The keys Ink's useInput reports that we look at. */
export type KeyInfo = {
  tab?: boolean;
  escape?: boolean;
  ctrl?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
};

/** Keys that pick a mode (more modes add a line here). */
export const modeKeys: Record<string, Mode> = {
  '1': 'sequential',
  '2': 'concurrent',
  '3': 'parallel',
  '4': 'hybrid',
  b: 'blocking',
  g: 'gil',
};

/** Every key, for the help overlay: [keys, what they do]. */
export const keyHelp: Array<[string, string]> = [
  ['1 2 3 4', 'sequential, concurrent, parallel, hybrid: restart the same customers in that mode'],
  [
    'b',
    `blocking: brews on ${shopLoopInWords} (the anti-pattern: it stalls; the dashboard shows the stall)`,
  ],
  ['g', 'gil: N threads under one global lock (they take turns: at once stays at 1)'],
  ['m', 'shared espresso machines: 1, 2, unlimited (queue shown in the lanes, wait in figures)'],
  ['t', 'the tip-jar race: real threads count tips unsafely, then with Atomics.add'],
  ['d', 'the deadlock: the cycle the watchdog finds, then the fixed lock order completing'],
  ['s', 'the sweep: measured speed-up at 1, 2, … threads against ideal and Amdahl'],
  ['[ ]', 'concurrent: shorter / longer brew slices (switching overhead in the figures)'],
  ['+ -', 'one barista thread more / fewer (1 to 64)'],
  ['C c', 'one customer more / fewer'],
  ['w', 'next workload: io, cpu, mixed'],
  ['space', 'pause / resume the shop for real (pauses are left out of every figure)'],
  ['> <', 'faster / slower time scale: the run restarts at the new scale'],
  ['r', 'restart the same customers'],
  ['← →', 'in a replay: jump back / forward by a second'],
  ['e', 'export the run shown as svg and txt to this folder'],
  ['tab', 'next view: dashboard, compare, log'],
  ['?', 'this help (Escape or ? closes it)'],
  ['q', 'quit (Ctrl+C too)'],
];

/** The key bar, from its longest form to its shortest: the longest that fits is shown. */
export const keyBarTexts = [
  '1-4 mode  +/- baristas  c/C customers  w load  space pause  </> speed  r restart  tab view  ? help  q quit',
  '1-4 mode  +- baristas  cC customers  w load  space pause  <> speed  r  tab view  ? help  q quit',
  '1-4 mode  +- baristas  cC customers  w load  space pause  <> speed  ? help  q',
];

/** The key bar of a replay: the keys that act on the playback. */
export const replayKeyBarTexts = [
  'space pause  </> playback speed  ←/→ jump 1 s  r from the start  e export  tab view  ? help  q quit',
  'space pause  <> speed  ←→ jump 1 s  r start  e export  tab view  ? help  q quit',
  'space pause  <> speed  ←→ jump  ? help  q',
];

export const keyBarFor = (width: number, texts: readonly string[] = keyBarTexts): string =>
  texts.find((text) => text.length <= width) ?? texts[texts.length - 1]!;

export const views = ['dashboard', 'compare', 'log'] as const;
export type View = (typeof views)[number];
export const nextView = (view: View): View => views[(views.indexOf(view) + 1) % views.length]!;

/** The action for a key press; with the help open only closing keys and quitting count. */
export function actionFor(input: string, key: KeyInfo, helpOpen: boolean): Action | null {
  if (key.ctrl && input === 'c') return {type: 'interrupt'};
  if (input === 'q') return {type: 'quit'};
  // `?` toggles, so that it works whatever state the handler last saw.
  if (input === '?') return {type: 'help'};
  if (helpOpen) return key.escape ? {type: 'close-help'} : null;
  if (key.tab) return {type: 'view'};
  if (key.leftArrow) return {type: 'seek', deltaMs: -1000};
  if (key.rightArrow) return {type: 'seek', deltaMs: 1000};
  const mode = modeKeys[input];
  if (mode && modes.includes(mode)) return {type: 'mode', mode};
  switch (input) {
    case '+':
    case '=':
      return {type: 'baristas', delta: 1};
    case '-':
    case '_':
      return {type: 'baristas', delta: -1};
    case 'C':
      return {type: 'customers', delta: 1};
    case 'c':
      return {type: 'customers', delta: -1};
    case 'w':
      return {type: 'workload'};
    case ' ':
      return {type: 'pause'};
    case '>':
    case '.':
      return {type: 'speed', direction: 1};
    case '<':
    case ',':
      return {type: 'speed', direction: -1};
    case 'r':
      return {type: 'restart'};
    case 'e':
      return {type: 'export'};
    case 'm':
      return {type: 'machines'};
    case 't':
      return {type: 'panel', name: 'race'};
    case 'd':
      return {type: 'panel', name: 'deadlock'};
    case 's':
      return {type: 'panel', name: 'sweep'};
    case '[':
      return {type: 'slice', direction: -1};
    case ']':
      return {type: 'slice', direction: 1};
    default:
      return null;
  }
}
