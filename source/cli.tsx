#!/usr/bin/env node
import meow from 'meow';
import {defaultWorkers} from './engine/coffee-shop.js';
import {flagSpec, unknownFlag} from './cli/flags.js';
import {helpText} from './cli/help.js';
import {runSettings, type RawFlags} from './cli/options.js';
import {plainRun} from './commands/plain.js';
import {UsageError} from './usage-error.js';

const commands = ['compare'] as const;

async function main(argv: string[]): Promise<number> {
  const flag = unknownFlag(argv);
  if (flag !== null) {
    throw new UsageError(`unknown flag ${flag}; see brewlanes --help for the accepted flags`);
  }
  let cli;
  try {
    cli = meow(helpText, {importMeta: import.meta, argv, flags: flagSpec, allowUnknownFlags: true});
  } catch (error) {
    throw new UsageError(`${(error as Error).message} (see brewlanes --help)`);
  }
  const [command, ...rest] = cli.input;
  if (command !== undefined && !(commands as readonly string[]).includes(command)) {
    throw new UsageError(
      `unknown command "${command}"; use one of ${commands.join(', ')}, or none for the dashboard`,
    );
  }
  if (rest.length > 0)
    throw new UsageError(`unexpected argument "${rest[0]}" (see brewlanes --help)`);
  const settings = runSettings(cli.flags as RawFlags, defaultWorkers());
  if (command === 'compare') {
    const {compareRun} = await import('./commands/compare.js');
    return compareRun(settings);
  }
  if (!settings.plain && !settings.json && process.stdout.isTTY && process.stdin.isTTY) {
    // React's development build profiles every render: several times the CPU per frame.
    process.env['NODE_ENV'] ??= 'production';
    const {liveRun} = await import('./commands/live.js');
    return liveRun(settings);
  }
  return plainRun(settings);
}

// `brewlanes | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`brewlanes: ${error.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(
        `brewlanes: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    }
  },
);
