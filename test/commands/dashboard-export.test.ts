import {mkdirSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {exportNotice} from '../../source/commands/dashboard-export.js';
import {fixtureTimeline, temporaryFolder} from '../helpers/fixture-run.js';

const session = {sequentialMakespan: () => null};

describe('the dashboard’s export notice', () => {
  it('shows a failure that quotes a hostile folder name with its escapes made visible', () => {
    // A folder that does not exist: the error message quotes its path.
    const folder = join(temporaryFolder(), 'no\u001b[2Jsuch');
    const notice = exportNotice(fixtureTimeline().timeline, session, 'dark', folder);
    expect(notice).toMatch(/^export failed: /);
    expect(notice).toContain('no\\e[2Jsuch');
    expect(notice).not.toContain('\u001b');
  });

  it('names a hostile folder it wrote to, inert', () => {
    const folder = join(temporaryFolder(), 'x\u009bq');
    mkdirSync(folder);
    const notice = exportNotice(fixtureTimeline().timeline, session, 'dark', folder);
    expect(notice).toMatch(/^exported .* \.svg \.txt in .*x\\x9bq$/);
  });

  it('in the compare view, writes every mode measured there as one slide', () => {
    const folder = temporaryFolder();
    const {timeline, figures} = fixtureTimeline();
    const compare = {
      key: 'k',
      running: null,
      runs: [
        {mode: 'sequential' as const, timeline, figures},
        {mode: 'hybrid' as const, timeline, figures},
      ],
    };
    const notice = exportNotice(timeline, {...session, compare}, 'dark', folder, 'compare');
    expect(notice).toMatch(/^exported brewlanes-compare-.*\.svg in /);
    const [file] = readdirSync(folder);
    const svg = readFileSync(join(folder, file!), 'utf8');
    expect(svg).toContain('Every mode on the same 3 customers');
    expect(svg).toMatch(/sequential · /);
    expect(svg).toMatch(/hybrid · /);
  });

  it('with the ghost on, writes the run and its ghost as one slide beside the run', () => {
    const folder = temporaryFolder();
    const {timeline, figures} = fixtureTimeline();
    const ghost = () => ({key: 'k', timeline, figures});
    const notice = exportNotice(timeline, {...session, ghost}, 'dark', folder);
    expect(notice).toMatch(/^exported .* \.svg \.txt -pair\.svg in /);
    const files = readdirSync(folder).sort();
    expect(files).toHaveLength(3);
    const pair = readFileSync(
      join(
        folder,
        files.find((f) => f.endsWith('-pair.svg'))!,
      ),
      'utf8',
    );
    expect(pair).toContain('hybrid now, hybrid before: the same 3 customers');
    // Both runs' headers on the one slide.
    expect(pair.match(/hybrid · /g)).toHaveLength(2);
  });
});
