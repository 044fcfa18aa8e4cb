import {randomBytes} from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  linkSync,
  lstatSync,
  readlinkSync,
  openSync,
  closeSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import {basename, dirname, join, resolve} from 'node:path';
import {UsageError} from '../usage-error.js';

/**
 * What a failed file operation says, short: `ENOSPC: no space left on device` (the
 * errno code and its words, without the call and the path), else its message.
 */
export function errorCode(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === undefined) return message;
  const words = /^[A-Z0-9]+: ([^,]+)/.exec(message)?.[1];
  return words === undefined ? code : `${code}: ${words}`;
}

const statOrNull = (path: string): Stats | null => {
  try {
    return statSync(path);
  } catch {
    return null;
  }
};

const lstatOrNull = (path: string): Stats | null => {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
};

/**
 * Refuses an output path that cannot be written as asked: an existing file without
 * --force, a directory, a folder that does not exist or that we may not write in.
 * A device or a FIFO is accepted as it is: writing to it replaces nothing.
 * `what` names the flag or command (`--save run.json`) for the one-line message.
 */
export function checkOutputPath(path: string, force: boolean, what: string): void {
  if (path.trim() === '') throw new UsageError(`${what}: needs a file name`);
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new UsageError(
      `${what}: the folder ${folder} does not exist; create it or choose another`,
    );
  }
  const existing = statOrNull(path);
  if (existing === null) {
    try {
      accessSync(folder, constants.W_OK);
    } catch (error) {
      throw new UsageError(`${what}: cannot write in the folder ${folder} (${errorCode(error)})`);
    }
    return;
  }
  if (existing.isDirectory()) {
    throw new UsageError(`${what}: ${path} is a directory; give a file name`);
  }
  // A device or a FIFO (/dev/stdout, /dev/null) is written to, not overwritten.
  if (!existing.isFile()) return;
  if (!force) {
    throw new UsageError(`${what}: ${path} already exists; add --force to overwrite it`);
  }
}

/**
 * Checks up front that a file can be made at `path`, the way it will be written at
 * the end (a new file beside it): for an output written only after a run (--save),
 * so that a folder we may not write in is refused before the run, not after it.
 * Creates and removes a short temporary file; a device or a FIFO is written as it is.
 */
export function checkOutputWritable(path: string, force: boolean, what: string): void {
  checkOutputPath(path, force, what);
  const existing = statOrNull(path);
  if (existing !== null && !existing.isFile()) return;
  const probe = temporaryPathBeside(existing === null ? path : realpathSync(path));
  try {
    closeSync(openSync(probe, 'wx'));
    unlinkSync(probe);
  } catch (error) {
    throw new UsageError(
      `${what}: cannot write in the folder ${dirname(path)} (${errorCode(error)})`,
    );
  }
}

/**
 * The file a path names, links followed: an existing file's real path, else the
 * real folder joined with the name. Two outputs with the same identity are one file.
 */
export function outputIdentity(path: string, links = 0): string {
  const existing = statOrNull(path);
  // A hard link is the same file under another name: dev and inode say so.
  if (existing !== null) return `inode:${existing.dev}:${existing.ino}`;
  // A link to a file not made yet names that file.
  if (links < 40 && lstatOrNull(path)?.isSymbolicLink()) {
    return outputIdentity(resolve(dirname(path), readlinkSync(path)), links + 1);
  }
  let folder = dirname(path);
  try {
    folder = realpathSync(folder);
  } catch {
    // A folder that does not exist is refused by checkOutputPath.
  }
  return `path:${join(folder, basename(path))}`;
}

/**
 * Refuses two outputs of one run that name the same file (`--save x --record ./x`,
 * or through a link): one would overwrite the other and the run or the recording
 * would be lost.
 */
export function checkDistinctOutputs(outputs: ReadonlyArray<{flag: string; path: string}>): void {
  const seen = new Map<string, {flag: string; path: string}>();
  for (const output of outputs) {
    const identity = outputIdentity(output.path);
    const other = seen.get(identity);
    if (other) {
      throw new UsageError(
        `${other.flag} ${other.path} and ${output.flag} ${output.path} are the same file; give each its own`,
      );
    }
    seen.set(identity, output);
  }
}

/** A short random name in the same folder: never longer than the name it stands in for allows. */
function temporaryPathBeside(path: string): string {
  return join(dirname(path), `.brewlanes-${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes a whole file or nothing: the data goes to a temporary file beside it, then
 * takes the name in one step. Without `force` the name is taken with a hard link,
 * which fails if the file appeared meanwhile, so an existing file is never touched.
 * With `force`, a link is written through (the file it points to is replaced). A
 * target that is not a regular file (/dev/null, /dev/stdout, a FIFO) is written to
 * directly, never replaced.
 */
export function writeFileAtomically(
  path: string,
  data: string | Uint8Array,
  force: boolean,
  what: string,
): void {
  checkOutputPath(path, force, what);
  const existing = statOrNull(path);
  if (existing !== null && !existing.isFile()) {
    try {
      writeFileSync(path, data);
    } catch (error) {
      throw new UsageError(`${what}: cannot write ${path} (${errorCode(error)})`);
    }
    return;
  }
  const target = existing === null ? path : realpathSync(path);
  const temporary = temporaryPathBeside(target);
  try {
    writeFileSync(temporary, data, {flag: 'wx'});
    if (force) {
      renameSync(temporary, target);
    } else {
      try {
        linkSync(temporary, target);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') {
          throw new UsageError(`${what}: ${path} already exists; add --force to overwrite it`);
        }
        // A file system without hard links: check once more and rename.
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
        checkOutputPath(path, false, what);
        renameSync(temporary, target);
      }
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${what}: cannot write ${path} (${errorCode(error)})`);
  } finally {
    if (existsSync(temporary)) unlinkSync(temporary);
  }
}

/**
 * A run's output files checked before the run starts: --save can be written where
 * it names (it is written only at the end), --record can be opened, and the two are
 * not one file.
 */
export function checkRunOutputs(files: {
  save?: string | null;
  record?: string | null;
  force?: boolean;
}): void {
  const force = files.force ?? false;
  if (files.save) checkOutputWritable(files.save, force, `--save ${files.save}`);
  if (files.record) checkOutputPath(files.record, force, `--record ${files.record}`);
  checkDistinctOutputs([
    ...(files.save ? [{flag: '--save', path: files.save}] : []),
    ...(files.record ? [{flag: '--record', path: files.record}] : []),
  ]);
}
