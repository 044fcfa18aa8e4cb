import {Box, Text} from 'ink';
import {tourSteps} from '../tour/steps.js';
import type {PanelName} from './driver.js';
import type {PanelState} from './session.js';
import type {Theme} from './theme.js';

const running: Record<PanelName, string> = {
  race: 'the tip jar: barista threads counting tips, unsafe then atomic…',
  deadlock: 'the deadlock: two baristas, two locks, opposite order; the watchdog looks…',
  sweep: 'the sweep: the same cpu work at 1, 2, … threads…',
};

const panelStep: Record<PanelName, string> = {race: 'race', deadlock: 'deadlock', sweep: 'sweep'};

/** The lesson's lines for the audience, as the tour says them. */
export const panelExplanation = (name: PanelName): string =>
  (tourSteps.find((step) => step.id === panelStep[name])?.lines ?? []).join(' ');

/** A lesson's report as it arrives, in place of the lanes; the last `rows` lines when it is longer. */
export function LessonPanel({
  panel,
  rows,
  width,
  theme,
}: {
  panel: PanelState;
  rows: number;
  width: number;
  theme: Theme;
}) {
  const lines = panel.running ? [...panel.lines, `running ${running[panel.name]}`] : panel.lines;
  const shown = lines.slice(Math.max(0, lines.length - Math.max(1, rows)));
  return (
    <Box flexDirection="column" width={width}>
      {shown.map((line, i) => (
        <Text
          key={i}
          wrap="truncate"
          color={panel.running && i === shown.length - 1 ? theme.muted : undefined}
        >
          {line || ' '}
        </Text>
      ))}
    </Box>
  );
}
