import {fileURLToPath} from 'node:url';

/** The built command line, as `npm run bench` builds it. */
export const cliPath = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
