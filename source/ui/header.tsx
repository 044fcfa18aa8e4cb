import {Box, Text} from 'ink';
import type {RunSettings} from '../cli/options.js';
import {baristasFor} from '../engine/modes.js';
import type {View} from './keys.js';
import type {Theme} from './theme.js';

export type HeaderProps = {
  settings: RunSettings;
  elapsedMs: number;
  paused: boolean;
  view: View;
  theme: Theme;
  width: number;
  /** Set for a replay: what is played, saved when, the time, the speed (shown first, in place of the time and time scale). */
  replay?: string;
};

/** Mode, baristas, workload, elapsed time, time scale: what the audience needs to read first. */
export function Header({settings, elapsedMs, paused, view, theme, width, replay}: HeaderProps) {
  const baristas = baristasFor(settings.mode, settings.workers);
  const who =
    settings.mode === 'blocking'
      ? 'brews on the main thread'
      : `${baristas} barista${baristas === 1 ? '' : 's'}`;
  return (
    <Box width={width}>
      <Text wrap="truncate">
        <Text bold color={theme.accent}>
          brewlanes
        </Text>
        {'  '}
        {replay ? <Text color={theme.accent}>{`${replay} · `}</Text> : null}
        <Text bold>{settings.mode}</Text>
        {` · ${who} · ${settings.workload} · ${settings.customers} customers`}
        {replay ? '' : ` · ${(elapsedMs / 1000).toFixed(1)} s · speed ${settings.speed}×`}
        {paused && !replay ? <Text color={theme.bad}> · PAUSED</Text> : null}
        {view === 'dashboard' ? '' : <Text color={theme.muted}>{` · ${view}`}</Text>}
      </Text>
    </Box>
  );
}
