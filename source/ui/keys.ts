import {bindings, type Action, type BarLabel, type Binding} from './bindings.js';

export type {Action} from './bindings.js';

/** The keys Ink's useInput reports that we look at. */
export type KeyInfo = {
  tab?: boolean;
  escape?: boolean;
  ctrl?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
};

/** A key press by its name in the key table: the character typed, or a named key. */
function pressName(input: string, key: KeyInfo): string {
  if (key.ctrl && input === 'c') return 'ctrl+c';
  if (key.escape) return 'escape';
  if (key.tab) return 'tab';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  return input;
}

/** Each key of a table and its binding; a key bound twice is refused when the table is read. */
export function pressesOf(
  table: readonly Binding[],
): Map<string, {action: Action; binding: Binding}> {
  const byKey = new Map<string, {action: Action; binding: Binding}>();
  for (const binding of table) {
    for (const press of binding.presses) {
      if (byKey.has(press.key))
        throw new Error(`the key ${JSON.stringify(press.key)} is bound twice`);
      byKey.set(press.key, {action: press.action, binding});
    }
  }
  return byKey;
}

const byKey = pressesOf(bindings);

/** The action for a key press; with the help open only closing keys and quitting count. */
export function actionFor(input: string, key: KeyInfo, helpOpen: boolean): Action | null {
  const found = byKey.get(pressName(input, key));
  if (!found) return null;
  const {inHelp} = found.binding;
  if (helpOpen ? inHelp === undefined : inHelp === 'only') return null;
  return found.action;
}

/** Every key, for the help overlay: [keys, what they do]. */
export const helpRowsOf = (table: readonly Binding[]): Array<readonly [string, string]> =>
  table.flatMap((binding) => (binding.help ? [binding.help] : []));

export const keyHelp = helpRowsOf(bindings);

/** A key bar from its labels: the longest form first, then shorter ones. */
export function keyBarTextsOf(labels: ReadonlyArray<BarLabel | undefined>): string[] {
  const shown = labels
    .filter((label): label is BarLabel => label !== undefined)
    .sort((a, b) => a.rank - b.rank);
  return [0, 1, 2].map((form) =>
    shown
      .map((label) => label.forms[form])
      .filter((text): text is string => text !== null && text !== undefined)
      .join('  '),
  );
}

/** The key bar, from its longest form to its shortest: the longest that fits is shown. */
export const keyBarTexts = keyBarTextsOf(bindings.map((binding) => binding.bar));

/** The key bar of a replay: the keys that act on the playback. */
export const replayKeyBarTexts = keyBarTextsOf(
  bindings.map((binding) =>
    binding.replay && 'bar' in binding.replay ? binding.replay.bar : undefined,
  ),
);

export const keyBarFor = (width: number, texts: readonly string[] = keyBarTexts): string =>
  texts.find((text) => text.length <= width) ?? texts[texts.length - 1]!;

/** Why a replay refuses an action (it would change the run); null when a replay does it. */
export function replayRefusal(action: Action): string | null {
  for (const binding of bindings) {
    if (!binding.replay || !('refused' in binding.replay)) continue;
    if (binding.presses.some((press) => press.action.type === action.type))
      return binding.replay.refused;
  }
  return null;
}

export const views = ['dashboard', 'compare', 'log'] as const;
export type View = (typeof views)[number];
export const nextView = (view: View): View => views[(views.indexOf(view) + 1) % views.length]!;
