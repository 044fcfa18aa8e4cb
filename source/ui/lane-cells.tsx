import {Text} from 'ink';
import type {StepKind} from '../engine/menu.js';
import type {Cell} from '../render/lanes.js';
import {lateColours} from '../render/late-style.js';
import type {Theme} from './theme.js';

/** Text on the bars: dark on the dark theme's light shades, white on the light theme's deep ones. */
const barText = {dark: 'black', light: 'white'} as const;

/** The late part's colour, or none with colour off (a theme without colours has no `bad`). */
const lateColour = (theme: Theme): string | undefined =>
  theme.bad === undefined ? undefined : lateColours[theme.name];

type Run = {kind: StepKind | null; late: boolean; text: string};

/**
 * Cells drawn as runs of text, each run a bar in its step kind's colour with the
 * docs' notation written on it, so a segment reads from the back of a room (the
 * cells themselves stay pure). The late part of a wait (`~`) is not a bar: it is
 * written in the late colour on the lane's background. A `+` (several steps in
 * one column) takes the colour of the step covering most of it. With colour off,
 * the notation alone carries it.
 */
export function LaneCells({cells, theme}: {cells: readonly Cell[]; theme: Theme}) {
  const runs: Run[] = [];
  for (const cell of cells) {
    const last = runs[runs.length - 1];
    const late = cell.late === true;
    if (last && last.kind === cell.stepKind && last.late === late) last.text += cell.char;
    else runs.push({kind: cell.stepKind, late, text: cell.char});
  }
  return (
    <Text>
      {runs.map((run, i) =>
        run.late ? (
          <Text key={i} color={lateColour(theme)} bold>
            {run.text}
          </Text>
        ) : (
          <Text
            key={i}
            backgroundColor={run.kind ? theme.step[run.kind] : undefined}
            color={run.kind && theme.step[run.kind] ? barText[theme.name] : undefined}
          >
            {run.text}
          </Text>
        ),
      )}
    </Text>
  );
}
