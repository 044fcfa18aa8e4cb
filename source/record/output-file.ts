import {existsSync, linkSync, renameSync, statSync, unlinkSync, writeFileSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {UsageError} from '../usage-error.js';

/**
 * Refuses an output path that cannot be written as asked: an existing file without
 * --force, a directory, a folder that does not exist. `what` names the flag or
 * command (`--save run.json`) for the one-line message.
 */
export function checkOutputPath(path: string, force: boolean, what: string): void {
  if (path.trim() === '') throw new UsageError(`${what}: needs a file name`);
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new UsageError(
      `${what}: the folder ${folder} does not exist; create it or choose another`,
    );
  }
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    throw new UsageError(`${what}: ${path} is a directory; give a file name`);
  }
  if (!force) {
    throw new UsageError(`${what}: ${path} already exists; add --force to overwrite it`);
  }
}

/**
 * Writes a whole file or nothing: the data goes to a temporary file beside it, then
 * takes the name in one step. Without `force` the name is taken with a hard link,
 * which fails if the file appeared meanwhile, so an existing file is never touched.
 */
export function writeFileAtomically(
  path: string,
  data: string | Uint8Array,
  force: boolean,
  what: string,
): void {
  checkOutputPath(path, force, what);
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`,
  );
  try {
    writeFileSync(temporary, data, {flag: 'wx'});
    if (force) {
      renameSync(temporary, path);
    } else {
      try {
        linkSync(temporary, path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') {
          throw new UsageError(`${what}: ${path} already exists; add --force to overwrite it`);
        }
        // A file system without hard links: check once more and rename.
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
        checkOutputPath(path, false, what);
        renameSync(temporary, path);
      }
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`${what}: cannot write ${path} (${code})`);
  } finally {
    if (existsSync(temporary)) unlinkSync(temporary);
  }
}
