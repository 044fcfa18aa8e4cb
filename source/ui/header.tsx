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
};

/** Mode, baristas, workload, elapsed time, time scale: what the audience needs to read first. */
export function Header({settings, elapsedMs, paused, view, theme, width}: HeaderProps) {
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
        <Text bold>{settings.mode}</Text>
        {` · ${who} · ${settings.workload} · ${settings.customers} customers · ${(elapsedMs / 1000).toFixed(1)} s · speed ${settings.speed}×`}
        {paused ? <Text color={theme.bad}> · PAUSED</Text> : null}
        {view === 'dashboard' ? '' : <Text color={theme.muted}>{` · ${view}`}</Text>}
      </Text>
    </Box>
  );
}
