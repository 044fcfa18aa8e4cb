import {Text} from 'ink';
import type {StepKind} from '../engine/menu.js';
import type {Cell} from '../render/lanes.js';
import type {Theme} from './theme.js';

/**
 * Cells drawn as runs of text, each run a bar in its step kind's colour with the
 * docs' notation written on it, so a segment reads from the back of a room (the
 * cells themselves stay pure). With colour off, the notation alone carries it.
 */
/** Text on the bars: black on the step colours, on either background (as the svg writes it). */
const barText = {dark: 'black', light: 'black'} as const;

export function LaneCells({cells, theme}: {cells: readonly Cell[]; theme: Theme}) {
  const runs: Array<{kind: StepKind | null; text: string}> = [];
  for (const cell of cells) {
    const last = runs[runs.length - 1];
    if (last && last.kind === cell.stepKind) last.text += cell.char;
    else runs.push({kind: cell.stepKind, text: cell.char});
  }
  return (
    <Text>
      {runs.map((run, i) => (
        <Text
          key={i}
          backgroundColor={run.kind ? theme.step[run.kind] : undefined}
          color={run.kind && theme.step[run.kind] ? barText[theme.name] : undefined}
        >
          {run.text}
        </Text>
      ))}
    </Text>
  );
}
