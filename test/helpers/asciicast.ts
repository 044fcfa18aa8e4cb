import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {expect} from 'vitest';

export type CastEvent = [number, string, string];

/** Parses a cast and checks what asciicast v2 requires: the header, then [time, code, data] lines in order. */
export function readCast(path: string): {header: Record<string, unknown>; events: CastEvent[]} {
  const lines = readFileSync(path, 'utf8').split('\n');
  expect(lines.at(-1)).toBe(''); // every line is complete
  const header = JSON.parse(lines[0]!) as Record<string, unknown>;
  expect(header.version).toBe(2);
  expect(header.width).toBeGreaterThan(0);
  expect(header.height).toBeGreaterThan(0);
  expect(typeof header.timestamp).toBe('number');
  expect(header.env).toEqual({TERM: expect.any(String), SHELL: expect.any(String)});
  const events = lines.slice(1, -1).map((line) => JSON.parse(line) as CastEvent);
  let last = 0;
  for (const [time, code, data] of events) {
    expect(time).toBeGreaterThanOrEqual(last);
    expect(['o', 'm', 'r']).toContain(code);
    expect(typeof data).toBe('string');
    last = time;
  }
  return {header, events};
}

/**
 * Plays the cast with the real asciinema (`asciinema cat` wants a terminal, so
 * it runs under `script`); returns what it printed. Throws if asciinema fails.
 */
export function asciinemaCat(path: string): string {
  return execFileSync('script', ['-qec', `asciinema cat '${path}'`, '/dev/null'], {
    encoding: 'utf8',
    timeout: 20_000,
  });
}
