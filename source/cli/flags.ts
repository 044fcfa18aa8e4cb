/** The flags meow parses. Values are strings so that validation can say exactly what was wrong. */
export const flagSpec = {
  mode: {type: 'string'},
  workers: {type: 'string'},
  customers: {type: 'string'},
  workload: {type: 'string'},
  seed: {type: 'string'},
  speed: {type: 'string'},
  scenario: {type: 'string'},
  plain: {type: 'boolean'},
  json: {type: 'boolean'},
  theme: {type: 'string'},
} as const;

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The first flag on the command line that is not ours, if any. */
export function unknownFlag(argv: readonly string[]): string | null {
  const known = new Set([...Object.keys(flagSpec).map(kebab), 'help', 'version']);
  for (const arg of argv) {
    if (arg === '--') break;
    const match = /^--(?:no-)?([^=]+)/.exec(arg);
    if (match && !known.has(match[1]!)) return arg.split('=')[0]!;
    if (/^-[^-]/.test(arg) && !/^-\d/.test(arg) && arg !== '-h') return arg;
  }
  return null;
}
