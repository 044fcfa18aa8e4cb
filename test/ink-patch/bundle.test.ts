import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {patchedInkVersion} from '../../patches/ink/plugin.js';

const bundle = () => readFileSync(new URL('../../dist/cli.cjs', import.meta.url), 'utf8');

describe('the command line bundles Ink with patches/ink/', () => {
  it("holds the patched modules in place of Ink's own", () => {
    const text = bundle();
    // patches/ink/output.js (rows reused and joined), widest-line.js and measure-text.js (bounded caches).
    expect(text).toContain('joinRow(writes)');
    expect(text).toContain('function cachedWidestLine(');
    expect(text).toMatch(/cache\d* = new \w+\(\{ max: 2e4 \}\)/);
    // Ink's own Output composes every row cell by cell in get(): not bundled.
    expect(text).not.toContain('// Initialize output array with a specific set of rows');
  });

  it('was written for the Ink that is installed', () => {
    // By path: Ink's package exports only its index.
    const manifest = new URL('../../node_modules/ink/package.json', import.meta.url);
    const ink = JSON.parse(readFileSync(manifest, 'utf8')) as {version: string};
    expect(ink.version).toBe(patchedInkVersion);
  });
});
