import {basename} from 'node:path';
import {baristasFor} from '../engine/modes.js';
import {Box, Text, useApp, useInput, useIsScreenReaderEnabled, useStdin} from 'ink';
import {useEffect, useLayoutEffect, useReducer, useState} from 'react';
import {EXIT_INTERRUPTED} from '../cli/interrupt.js';
import type {Mode} from '../protocol/vocabulary.js';
import type {Timeline} from '../timeline/reduce.js';
import {CompareView} from './compare-view.js';
import {DashboardView} from './dashboard-view.js';
import {Explanation, explanationRows, explanationText} from './explanation.js';
import {Header} from './header.js';
import {Help} from './help.js';
import {KeyBar} from './key-bar.js';
import {actionFor, nextView, replayRefusal, type Action, type View} from './keys.js';
import {chromeRows, tooSmall} from './layout.js';
import {baristaRowsNow} from './live-lanes.js';
import {LessonPanel, panelExplanation} from './lesson-panel.js';
import {LogView} from './log-view.js';
import {ScreenReaderView, screenReaderLines} from './screen-reader-view.js';
import type {LiveSession} from './session.js';
import {
  clamp,
  maxBaristas,
  maxCustomers,
  minBaristas,
  minCustomers,
  nextMachines,
  nextWorkload,
  stepSlice,
} from './settings-steps.js';
import {stepSpeed} from '../protocol/vocabulary.js';
import type {Theme} from './theme.js';
import {TooSmall} from './too-small.js';
import {frameDrawn, frameStarted, useFrames} from './use-frames.js';
import {useTerminalSize, type TerminalSize} from './use-terminal-size.js';
import {WaitingLine} from './spinner.js';
import type {SkinName} from '../protocol/skins.js';

export type AppProps = {
  session: LiveSession;
  theme: Theme;
  /** A fixed size instead of the terminal's (tests). */
  size?: TerminalSize;
  /** Told the exit code when the user quits (0) or interrupts (130). */
  onQuit?: (code: number) => void;
  /** The `e` key: export the run shown (the export command plugs in here). */
  /** `e`: export the view shown (the run, or the compare view's modes); returns the notice. */
  onExport?: (timeline: Timeline, view: 'run' | 'compare') => string | void;
  /** Told the mode when a key switches it (the recording's markers). */
  onMode?: (mode: Mode) => void;
  /** Told after every frame the App draws (for the frame-rate figure). */
  onFrame?: () => void;
};

/** The skin the run shown is told in (a scenario may name its own); --skin's before a run starts. */
const skinShown = (timeline: Timeline | null, settings: {skin?: SkinName}): {skin?: SkinName} => {
  const skin = timeline ? timeline.info.skin : settings.skin;
  return skin === undefined ? {} : {skin};
};

/** A replay's header: what is played, when it was saved, at what speed. */
function replayHeader(session: LiveSession, elapsedMs: number): string | undefined {
  const replay = session.driver.replay;
  if (!replay) return undefined;
  const saved = replay.source.savedAt.slice(0, 16).replace('T', ' ');
  const paused = session.paused ? ' PAUSED' : '';
  return `REPLAY ${basename(replay.source.file)} saved ${saved} · ${(elapsedMs / 1000).toFixed(1)} s · ${replay.speed()}×${paused}`;
}

/** The ghost the dashboard draws: the previous run of the same customers, labelled with its mode. */
function ghostRun(session: LiveSession) {
  const ghost = session.ghost();
  return ghost
    ? {timeline: ghost.timeline, figures: ghost.figures, label: ghost.timeline.info.mode}
    : null;
}

/**
 * Keys that act differently on a replay: speed is the playback's, arrows jump,
 * tab skips the compare view, and keys that would change the run only say why not
 * (the key table's refusals, ui/bindings.ts).
 * Returns whether the action was handled here.
 */
function replayOnly(action: Action, session: LiveSession, say: (note: string) => void): boolean {
  switch (action.type) {
    case 'speed':
      session.stepReplaySpeed(action.direction);
      return true;
    case 'seek':
      session.seekBy(action.deltaMs);
      return true;
    default: {
      const refused = replayRefusal(action);
      if (refused !== null) say(refused);
      return refused !== null;
    }
  }
}

/**
 * The live dashboard. It draws whatever the session's driver feeds it (the
 * engine live, or saved events) and turns keys into session actions.
 */
export function App({session, theme, size, onQuit, onExport, onMode, onFrame}: AppProps) {
  const {isRawModeSupported} = useStdin();
  const {exit} = useApp();
  const terminal = useTerminalSize();
  const {columns, rows} = size ?? terminal;
  const screenReader = useIsScreenReaderEnabled();
  const [view, setView] = useState<View>('dashboard');
  const [helpOpen, setHelpOpen] = useState(false);
  const [note, setNote] = useState('');
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  // Each new frame re-renders the App (the lanes, the figures and the spinners read the session then).
  useFrames(session, view === 'dashboard' ? columns : 0);
  frameStarted();
  useLayoutEffect(frameDrawn);

  useEffect(() => {
    onFrame?.();
  });

  const act = (action: Action) => {
    const settings = session.settings;
    setNote('');
    if (session.driver.replay && replayOnly(action, session, setNote)) {
      redraw();
      return;
    }
    switch (action.type) {
      case 'interrupt':
      case 'quit':
        onQuit?.(action.type === 'quit' ? 0 : EXIT_INTERRUPTED);
        exit();
        return;
      case 'help':
        setHelpOpen((open) => !open);
        return;
      case 'close-help':
        setHelpOpen(false);
        return;
      case 'view': {
        let next = nextView(view);
        if (next === 'compare' && session.driver.replay) next = nextView(next);
        if (next === 'compare') session.startCompare();
        setView(next);
        return;
      }
      case 'mode':
        session.restart({mode: action.mode});
        onMode?.(action.mode);
        break;
      case 'baristas':
        session.restart({
          workers: clamp(settings.workers + action.delta, minBaristas, maxBaristas),
        });
        break;
      case 'customers':
        if (settings.scenario) {
          setNote('the customers come from the scenario file');
          return;
        }
        session.restart({
          customers: clamp(settings.customers + action.delta, minCustomers, maxCustomers),
        });
        break;
      case 'workload':
        session.restart({workload: nextWorkload(settings.workload)});
        break;
      case 'lesson':
        session.runPanel(action.id);
        setView('dashboard');
        redraw();
        return;
      case 'machines': {
        const machines = nextMachines(settings.machines);
        session.restart({machines});
        setNote(`espresso machines: ${machines ?? 'unlimited'}`);
        redraw();
        return;
      }
      case 'slice': {
        if (settings.mode !== 'concurrent') {
          setNote('[ ] change the brew slice in concurrent mode (key 2)');
          return;
        }
        const sliceMs = stepSlice(settings.sliceMs, action.direction);
        session.restart({sliceMs});
        setNote(`brew slice ${sliceMs} ms`);
        redraw();
        return;
      }
      case 'speed': {
        const speed = stepSpeed(settings.speed, action.direction);
        session.restart({speed});
        setNote(`time scale ${speed}×: the run restarts at the new scale`);
        redraw();
        return;
      }
      case 'ghost': {
        const on = session.toggleGhost();
        setNote(
          !on
            ? 'ghost off'
            : session.ghost()
              ? 'ghost on: the previous run, faint, under each lane'
              : 'ghost on: once a run has finished, switch mode (1-4) to see both',
        );
        redraw();
        return;
      }
      case 'restart':
        session.restart();
        break;
      case 'pause':
        session.togglePause();
        break;
      case 'seek':
        setNote('← → jump in a replay (brewlanes replay run.json)');
        return;
      case 'export': {
        if (!onExport || !session.timeline) {
          setNote('export: not available here yet');
          return;
        }
        const said = onExport(session.timeline, view === 'compare' ? 'compare' : 'run');
        if (typeof said === 'string') setNote(said);
        break;
      }
    }
    if (view === 'compare' && action.type !== 'pause') session.startCompare();
    redraw();
  };

  useInput(
    (input, key) => {
      // Keys typed faster than a frame (or sent by a script) arrive as one string.
      const presses = input.length > 1 && !key.ctrl && !key.meta ? [...input] : [input];
      for (const press of presses) {
        const action = actionFor(press, key, helpOpen);
        if (action) act(action);
      }
    },
    {isActive: isRawModeSupported},
  );

  const settings = session.settings;
  const timeline = session.timeline;
  const moment = session.moment();
  const baristas = timeline ? baristaRowsNow(timeline, moment) : [];
  const figures = session.figures();

  if (screenReader) {
    return (
      <ScreenReaderView
        lines={screenReaderLines(settings, timeline, baristas, figures, moment.now, session.paused)}
      />
    );
  }
  if (tooSmall(columns, rows)) {
    return (
      <TooSmall
        columns={columns}
        rows={rows}
        served={figures?.ordersDone ?? 0}
        total={figures?.ordersTotal ?? settings.customers}
        theme={theme}
      />
    );
  }
  const explained = explanationText(
    timeline?.info.mode ?? settings.mode,
    timeline?.info.baristas ?? baristasFor(settings.mode, settings.workers),
    session.panel && view === 'dashboard' ? panelExplanation(session.panel.name) : undefined,
  );
  // A long explanation takes up to two rows more where the terminal has 24 rows or more.
  const explanationShown = explanationRows(explained, columns, rows >= 24 ? 4 : 2);
  const bodyRows = rows - chromeRows - (explanationShown - 2);
  let body;
  if (helpOpen) body = <Help theme={theme} width={columns} rows={bodyRows} />;
  else if (view === 'compare')
    body = <CompareView compare={session.compare} width={columns} rows={bodyRows} theme={theme} />;
  else if (view === 'log') body = <LogView lines={session.log} rows={bodyRows} theme={theme} />;
  else if (session.panel)
    body = <LessonPanel panel={session.panel} rows={bodyRows} width={columns} theme={theme} />;
  else if (timeline && figures)
    body = (
      <DashboardView
        timeline={timeline}
        baristas={baristas}
        figures={figures}
        moment={moment}
        columns={columns}
        // The view takes the usual chrome off; a longer explanation takes its rows too.
        rows={rows - (explanationShown - 2)}
        theme={theme}
        animate={session.animating}
        ghost={ghostRun(session)}
      />
    );
  else
    body = session.statusWaits ? (
      // One spinner while the shop opens: ink-spinner, its own timer (why: spinner.tsx).
      <WaitingLine text={session.status || 'Opening the shop…'} color={theme.muted} />
    ) : (
      <Text color={theme.muted}>{session.status}</Text>
    );

  return (
    <Box flexDirection="column" width={columns} height={rows - 1} overflowY="hidden">
      <Header
        settings={
          timeline
            ? {
                ...settings,
                ...skinShown(timeline, settings),
                mode: timeline.info.mode,
                workload: timeline.info.workload,
              }
            : settings
        }
        customers={timeline ? timeline.customers.length : settings.customers}
        {...(session.driver.replay?.cores === undefined
          ? {}
          : {cores: session.driver.replay.cores})}
        elapsedMs={moment.now}
        paused={session.paused}
        view={view}
        theme={theme}
        width={columns}
        replay={replayHeader(session, moment.now)}
      />
      <Box flexDirection="column" flexShrink={1} overflowY="hidden">
        {body}
      </Box>
      <Explanation
        mode={timeline?.info.mode ?? settings.mode}
        {...skinShown(timeline, settings)}
        text={explained}
        rows={explanationShown}
        width={columns}
        theme={theme}
      />
      <Box flexGrow={1} />
      <KeyBar
        theme={theme}
        note={note || session.status}
        width={columns}
        replay={session.driver.replay !== undefined}
        {...skinShown(timeline, settings)}
      />
    </Box>
  );
}
