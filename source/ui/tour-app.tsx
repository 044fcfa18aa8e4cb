import {Box, Text, useApp, useInput, useStdin} from 'ink';
import {useEffect, useRef, useState} from 'react';
import {EXIT_INTERRUPTED} from '../cli/interrupt.js';
import {tourFigureText} from '../tour/figure.js';
import {tourSteps, type TourStep} from '../tour/steps.js';
import {namedBaristas} from './explanation.js';
import {stepSpeed} from '../protocol/vocabulary.js';
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
import {WaitingLine} from './spinner.js';
import {reword, wordsOf} from '../protocol/skins.js';

export type TourAppProps = {
  session: LiveSession;
  theme: Theme;
  steps?: readonly TourStep[];
  size?: TerminalSize;
  /** Told the exit code when the presenter quits (0) or interrupts (130). */
  onQuit?: (code: number) => void;
  /** Told each step's id as it starts (a marker in a --record file). */
  onStep?: (id: string) => void;
};

/** Rows besides the step's body: the step line, the measured figure, its lines (3), the key bar, one spare. */
const chromeRows = 7;

export const tourKeys = 'space/→ next  ← back  p pause  r re-run  </> slower/faster  q quit';

/**
 * The presenter's tour: one step at a time, each run live on the session (a
 * mode of the shop, its baseline first when it states a speed-up, or a lesson
 * run for real in the panel) under the number it measured and its two or three
 * lines for the audience. Space or → advances, ← goes back, p pauses, r runs
 * the step again, < > slow down and speed up (the step restarts), q quits.
 */
export function TourApp({session, theme, steps = tourSteps, size, onQuit, onStep}: TourAppProps) {
  const {isRawModeSupported} = useStdin();
  const {exit} = useApp();
  const terminal = useTerminalSize();
  const {columns, rows} = size ?? terminal;
  const [index, setIndex] = useState(0);
  // The presenter's time scale, and a count bumped to run the step again.
  const [speed, setSpeed] = useState(session.settings.speed);
  const [runs, setRuns] = useState(0);
  useFrames(session, columns); // each new frame re-renders the tour
  const step = steps[index]!;

  // The latest onStep, read by the effect without restarting the step when it changes.
  const onStepRef = useRef(onStep);
  useEffect(() => {
    onStepRef.current = onStep;
  }, [onStep]);

  useEffect(() => {
    onStepRef.current?.(step.id);
    startTourStep(session, step, speed);
  }, [session, step, speed, runs]);

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
        if (press === 'p') session.togglePause();
        if (press === 'r') setRuns((n) => n + 1);
        if (press === '<' || press === ',') setSpeed((s) => stepSpeed(s, -1));
        if (press === '>' || press === '.') setSpeed((s) => stepSpeed(s, 1));
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
      />
    );
  } else {
    body = session.statusWaits ? (
      // One spinner while the shop opens: ink-spinner, its own timer (why: spinner.tsx).
      <WaitingLine text={session.status || 'Opening the shop…'} color={theme.muted} />
    ) : (
      <Text color={theme.muted}>{session.status}</Text>
    );
  }
  const baristas = timeline?.info.baristas ?? session.settings.workers;
  const words = wordsOf(timeline?.info ?? session.settings);
  const lines = wrapText(reword(namedBaristas(step.lines.join(' '), baristas), words), columns, 3);
  const measured =
    session.panel || !timeline || !figures ? null : tourFigureText(step, timeline, figures);
  while (lines.length < 3) lines.push('');
  return (
    <Box flexDirection="column" width={columns} height={rows - 1} overflow="hidden">
      <Text wrap="truncate">
        <Text bold color={theme.accent}>
          {`Tour ${index + 1}/${steps.length}`}
        </Text>
        {'  '}
        <Text bold>{reword(step.title, words)}</Text>
        <Text color={theme.muted}>{`  (key ${step.key} in the dashboard)`}</Text>
        {session.paused ? <Text color={theme.bad}>{'  PAUSED'}</Text> : null}
        <Text color={theme.muted}>{`  time scale ${speed}×`}</Text>
      </Text>
      <Box flexDirection="column" flexShrink={1} overflow="hidden">
        {body}
      </Box>
      <Text wrap="truncate" bold color={theme.accent}>
        {measured === null ? ' ' : reword(measured, words)}
      </Text>
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
