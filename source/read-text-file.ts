import {readFileSync} from 'node:fs';
import {UsageError} from './usage-error.js';

/**
 * Reads an input file the user named; one that cannot be read is a UsageError
 * line: `WHERE: cannot read the file (WHY); expected EXPECTED`.
 */
export function readTextFile(path: string, where: string, expected: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code;
    throw new UsageError(`${where}: cannot read the file (${why}); expected ${expected}`);
  }
}
