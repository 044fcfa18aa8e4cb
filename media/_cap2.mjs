import xterm from '@xterm/headless';
import pty from '/work/wt-room/test/helpers/pseudo-terminal.js';
const [columns, rows] = process.argv.slice(2).map(Number);
const keys = process.argv[4] ?? '';
const waitMs = Number(process.argv[5] ?? 2000);
const cli = '/work/wt-room/dist/cli.js';
const args = ['--workers', '2', '--customers', '6', '--speed', '1'];
const terminal = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
const child = pty.spawn(process.execPath, [cli, ...args], {name: 'xterm-256color', cols: columns, rows, env: {...process.env}});
let pending = Promise.resolve();
child.onData((d) => { pending = pending.then(() => new Promise((r) => terminal.write(d, r))); });
const textLines = () => { const b = terminal.buffer.active; return Array.from({length: rows}, (_, y) => b.getLine(b.viewportY + y)?.translateToString(true) ?? ''); };
const until = Date.now() + 40000;
for (;;) { await new Promise((r) => setTimeout(r, 100)); await pending; const l = textLines(); if (l.some(x=>x.includes('makespan'))) break; if (Date.now()>until) break; }
if (keys) { child.write(keys); await new Promise((r) => setTimeout(r, waitMs)); await pending; }
console.log(textLines().map(l=>l.trimEnd()+'|').join('\n'));
child.write('q');
await new Promise((r) => child.onExit(r));
