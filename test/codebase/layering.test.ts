import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {ESLint} from 'eslint';
import {describe, expect, it} from 'vitest';
import {repoRoot} from '../helpers/fixture-run.js';

const eslint = new ESLint({cwd: repoRoot});
const folders = readdirSync(join(repoRoot, 'source'), {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The rules the project's own config breaks for `code` written in `file`. */
async function brokenRules(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, {filePath: join(repoRoot, file)});
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the dependency rule (docs/codebase.md), enforced by the lint', () => {
  it.each([
    ['source/engine/bad.ts', '../timeline/reduce.js'],
    ['source/timeline/bad.ts', '../engine/shop.js'],
    ['source/render/bad.ts', '../ui/theme.js'],
    ['source/ui/bad.ts', '../commands/plain.js'],
    ['source/tour/bad.ts', '../ui/app.js'],
    ['source/cli/bad.ts', '../ui/theme.js'],
    ['source/lessons/race/bad.ts', '../../commands/plain.js'],
    ['source/protocol/bad.ts', '../engine/clock.js'],
    ['source/workers/bad.ts', '../render/svg.js'],
  ])('refuses an import up the layers: %s importing %s', async (file, from) => {
    const rules = await brokenRules(file, `import {x} from '${from}';\nexport const y = x;\n`);
    expect(rules).toContain('no-restricted-imports');
  });

  it.each([
    ['source/engine/ok.ts', '../protocol/events.js'],
    ['source/render/ok.ts', '../timeline/reduce.js'],
    ['source/ui/ok.ts', '../lessons/names.js'],
    ['source/commands/ok.ts', '../ui/app.js'],
    ['source/workers/ok.ts', '../engine/gil.js'],
  ])('lets an import down the layers through: %s importing %s', async (file, from) => {
    const rules = await brokenRules(file, `import {x} from '${from}';\nexport const y = x;\n`);
    expect(rules).not.toContain('no-restricted-imports');
  });

  it('has a rule for every folder of source/, and docs/codebase.md a line for each', async () => {
    const codebase = readFileSync(join(repoRoot, 'docs/codebase.md'), 'utf8');
    for (const folder of folders) {
      const config = (await eslint.calculateConfigForFile(
        join(repoRoot, 'source', folder, 'any.ts'),
      )) as {rules?: Record<string, unknown>};
      expect(config.rules?.['no-restricted-imports'], folder).toBeDefined();
      expect(codebase, folder).toContain(`\`${folder}/\``);
    }
  });
});
