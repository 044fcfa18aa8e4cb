import {mkdirSync} from 'node:fs';
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
});
