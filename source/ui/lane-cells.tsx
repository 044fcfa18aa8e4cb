import {Text} from 'ink';
import type {StepKind} from '../protocol/vocabulary.js';
import type {Cell} from '../render/lanes.js';
import {lateColours} from '../render/palette.js';
import type {Theme} from './theme.js';

/** Text on the bars: black on the step colours, on either background (as the svg writes it). */
const barText = {dark: 'black', light: 'black'} as const;

/** The late part's colour, or none with colour off (a theme without colours has no `bad`). */
const lateColour = (theme: Theme): string | undefined =>
  theme.bad === undefined ? undefined : lateColours[theme.name];

/** A run of cells drawn in one style: its text, foreground and background colours. */
export type LaneRun = {text: string; color?: string; backgroundColor?: string; bold?: boolean};

/**
 * Cells as runs of one style: a bar in its step kind's colour with the docs'
 * notation written on it, so a segment reads from the back of a room. The late
 * part of a wait (`~`) is not a bar: it is written in the late colour on the
 * lane's background. A `+` (several steps in one column) takes the colour of
 * the step covering most of it. With colour off, the notation alone carries it.
 */
export function laneRuns(cells: readonly Cell[], theme: Theme): LaneRun[] {
  const runs: Array<{kind: StepKind | null; late: boolean; text: string}> = [];
  for (const cell of cells) {
    const last = runs[runs.length - 1];
    const late = cell.late === true;
    if (last && last.kind === cell.stepKind && last.late === late) last.text += cell.char;
    else runs.push({kind: cell.stepKind, late, text: cell.char});
  }
  return runs.map(({kind, late, text}) => {
    if (late) return {text, color: lateColour(theme), bold: true};
    const bar = kind ? theme.step[kind] : undefined;
    return bar ? {text, backgroundColor: bar, color: barText[theme.name]} : {text};
  });
}

/** A lane's cells drawn with `laneRuns` (the cells themselves stay pure). */
export function LaneCells({cells, theme}: {cells: readonly Cell[]; theme: Theme}) {
  return (
    <Text>
      {laneRuns(cells, theme).map((run, i) => (
        <Text key={i} color={run.color} backgroundColor={run.backgroundColor} bold={run.bold}>
          {run.text}
        </Text>
      ))}
    </Text>
  );
}
