import {availableParallelism} from 'node:os';
import {Box, Text} from 'ink';
import type {RunSettings} from '../protocol/run-settings.js';
import {baristasFor} from '../engine/modes.js';
import {machineContext} from '../render/figures-text.js';
import {shopLoopLabel} from '../render/labels.js';
import type {View} from './keys.js';
import type {Theme} from './theme.js';
import {reword, skins} from '../protocol/skins.js';

export type HeaderProps = {
  settings: RunSettings;
  elapsedMs: number;
  paused: boolean;
  view: View;
  theme: Theme;
  width: number;
  /** Set for a replay: what is played, saved when, the time, the speed (shown first, in place of the time and time scale). */
  replay?: string;
  /** Customers of the run shown (the scenario's, which a scenario file sets); --customers until a run starts. */
  customers?: number;
  /** Cores of the machine the run ran on (a saved run's); this machine's by default. */
  cores?: number;
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Mode, baristas on cores, workload, customers, shared machines, elapsed time,
 * time scale: what the audience needs to read first. More baristas than cores
 * is flagged: they cannot all compute at once.
 */
export function Header({
  settings,
  elapsedMs,
  paused,
  view,
  theme,
  width,
  replay,
  customers = settings.customers,
  cores = availableParallelism(),
}: HeaderProps) {
  const words = skins[settings.skin ?? 'coffee'];
  const baristas = baristasFor(settings.mode, settings.workers);
  const crowded = settings.mode !== 'blocking' && baristas > cores;
  const who = reword(
    settings.mode === 'blocking'
      ? `brews on the ${shopLoopLabel} · ${plural(cores, 'core')}`
      : machineContext(baristas, cores),
    words,
  );
  const machines =
    settings.machines === undefined || settings.machines === null
      ? ''
      : ` · ${plural(settings.machines, 'shared machine')}`;
  return (
    <Box width={width}>
      <Text wrap="truncate">
        <Text bold color={theme.accent}>
          brewlanes
        </Text>
        {'  '}
        {replay ? <Text color={theme.accent}>{`${replay} · `}</Text> : null}
        <Text bold>{settings.mode}</Text>
        {paused && !replay ? <Text color={theme.bad}> · PAUSED</Text> : null}
        {view === 'dashboard' ? '' : <Text color={theme.muted}>{` · ${view}`}</Text>}
        {' · '}
        <Text color={crowded ? theme.bad : undefined}>{who}</Text>
        {` · ${settings.workload} · ${reword(plural(customers, 'customer') + machines, words)}`}
        {replay ? '' : ` · ${(elapsedMs / 1000).toFixed(1)} s · time scale ${settings.speed}×`}
      </Text>
    </Box>
  );
}
