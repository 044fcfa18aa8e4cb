/** The flags meow parses. Values are strings so that validation can say exactly what was wrong. */
export const flagSpec = {
  mode: {type: 'string'},
  workers: {type: 'string'},
  customers: {type: 'string'},
  workload: {type: 'string'},
  seed: {type: 'string'},
  speed: {type: 'string'},
  scenario: {type: 'string'},
  machines: {type: 'string'},
  slice: {type: 'string'},
  maxWorkers: {type: 'string'},
  plain: {type: 'boolean'},
  json: {type: 'boolean'},
  save: {type: 'string'},
  record: {type: 'string'},
  force: {type: 'boolean'},
  format: {type: 'string'},
  out: {type: 'string'},
  theme: {type: 'string'},
  skin: {type: 'string'},
  width: {type: 'string'},
  flowchart: {type: 'boolean'},
  scale: {type: 'string'},
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

const valueFlags = new Set(
  Object.entries(flagSpec)
    .filter(([, spec]) => spec.type === 'string')
    .map(([name]) => kebab(name)),
);

/**
 * The command line with `--out -` written as `--out=-`: meow's parser takes a lone
 * `-` after a flag for an argument (stdin's name), not the flag's value, so
 * `--out -` (stdout) was refused while `--out=-` worked. Only flags that take a
 * value are joined; everything after `--` is left alone.
 */
export function joinDashValues(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      joined.push(...argv.slice(i));
      break;
    }
    const name = /^--([^=]+)$/.exec(arg)?.[1];
    if (name !== undefined && valueFlags.has(name) && argv[i + 1] === '-') {
      joined.push(`${arg}=-`);
      i++;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}
