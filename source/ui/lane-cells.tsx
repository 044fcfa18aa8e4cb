import {Text} from 'ink';
import type {StepKind} from '../engine/menu.js';
import type {Cell} from '../render/lanes.js';
import type {Theme} from './theme.js';

/** Cells drawn as runs of text, each run coloured by its step kind (the cells themselves stay pure). */
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
        <Text key={i} color={run.kind ? theme.step[run.kind] : undefined}>
          {run.text}
        </Text>
      ))}
    </Text>
  );
}
