import {Box, Text, useApp, useInput, useStdin} from 'ink';
import {useEffect, useState} from 'react';
import {EXIT_INTERRUPTED} from '../cli/interrupt.js';
import {tourSteps, type TourStep} from '../tour/steps.js';
import {DashboardView} from './dashboard-view.js';
import {tooSmall, wrapText} from './layout.js';
import {LessonPanel} from './lesson-panel.js';
import {baristaRowsNow} from './live-lanes.js';
import type {LiveSession} from './session.js';
import type {Theme} from './theme.js';
import {TooSmall} from './too-small.js';
import {startTourStep, stepIndex} from './tour-step.js';
import {useFrames} from './use-frames.js';
import {useTerminalSize, type TerminalSize} from './use-terminal-size.js';

export type TourAppProps = {
  session: LiveSession;
  theme: Theme;
  steps?: readonly TourStep[];
  size?: TerminalSize;
  /** Told the exit code when the presenter quits (0) or interrupts (130). */
  onQuit?: (code: number) => void;
};

/** Rows besides the step's body: the step line, its lines (3), the key bar, one spare. */
const chromeRows = 6;

export const tourKeys = 'space/→ next  ← back  q quit';

/**
 * The presenter's tour: one step at a time, each run live on the session (a
 * mode of the shop, or a lesson run for real in the panel) under its two or
 * three lines for the audience. Space or → advances, ← goes back, q quits.
 */
export function TourApp({session, theme, steps = tourSteps, size, onQuit}: TourAppProps) {
  const {isRawModeSupported} = useStdin();
  const {exit} = useApp();
  const terminal = useTerminalSize();
  const {columns, rows} = size ?? terminal;
  const [index, setIndex] = useState(0);
  const frame = useFrames(session, columns);
  const step = steps[index]!;

  useEffect(() => {
    startTourStep(session, step);
  }, [session, step]);

  useInput(
    (input, key) => {
      if (key.ctrl && input === 'c') {
        onQuit?.(EXIT_INTERRUPTED);
        exit();
        return;
      }
      // Keys sent faster than a frame arrive as one string.
      const presses = input.length > 1 ? [...input] : [input];
      for (const press of presses) {
        if (press === 'q') {
          onQuit?.(0);
          exit();
          return;
        }
        if (press === ' ') setIndex((i) => stepIndex(i, 1, steps.length));
      }
      if (key.rightArrow) setIndex((i) => stepIndex(i, 1, steps.length));
      if (key.leftArrow) setIndex((i) => stepIndex(i, -1, steps.length));
    },
    {isActive: isRawModeSupported},
  );

  const timeline = session.timeline;
  const moment = session.moment();
  const figures = session.figures();
  if (tooSmall(columns, rows)) {
    return (
      <TooSmall
        columns={columns}
        rows={rows}
        served={figures?.ordersDone ?? 0}
        total={figures?.ordersTotal ?? session.settings.customers}
        theme={theme}
      />
    );
  }
  const bodyRows = rows - chromeRows;
  let body;
  if (session.panel) {
    body = <LessonPanel panel={session.panel} rows={bodyRows} width={columns} theme={theme} />;
  } else if (timeline && figures) {
    body = (
      <DashboardView
        timeline={timeline}
        baristas={baristaRowsNow(timeline, moment)}
        figures={figures}
        moment={moment}
        columns={columns}
        rows={rows - 1}
        theme={theme}
        animate={session.animating}
        frame={frame}
      />
    );
  } else {
    body = <Text color={theme.muted}>{session.status || 'Opening the shop…'}</Text>;
  }
  const lines = wrapText(step.lines.join(' '), columns, 3);
  while (lines.length < 3) lines.push('');
  return (
    <Box flexDirection="column" width={columns} height={rows - 1} overflow="hidden">
      <Text wrap="truncate">
        <Text bold color={theme.accent}>
          {`Tour ${index + 1}/${steps.length}`}
        </Text>
        {'  '}
        <Text bold>{step.title}</Text>
        <Text color={theme.muted}>{`  (key ${step.key} in the dashboard)`}</Text>
      </Text>
      <Box flexDirection="column" flexShrink={1} overflow="hidden">
        {body}
      </Box>
      {lines.map((line, i) => (
        <Text key={i} italic color={theme.muted}>
          {line || ' '}
        </Text>
      ))}
      <Box flexGrow={1} />
      <Text inverse wrap="truncate" color={theme.accent}>
        {session.status ? `${session.status}  ` : ''}
        {index + 1 < steps.length ? tourKeys : `the last step  ${tourKeys}`}
      </Text>
    </Box>
  );
}
