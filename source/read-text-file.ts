import {closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats} from 'node:fs';
import {UsageError} from './usage-error.js';

/** Shown in an error line: `16 MiB`, `256 MiB`. */
export const sizeInWords = (bytes: number): string =>
  bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0
    ? `${bytes / (1024 * 1024)} MiB`
    : `${bytes} bytes`;

function kindOf(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'it is a directory';
  if (stats.isFIFO()) return 'it is a pipe, not a regular file';
  if (stats.isCharacterDevice()) return 'it is a character device, not a regular file';
  if (stats.isBlockDevice()) return 'it is a block device, not a regular file';
  if (stats.isSocket()) return 'it is a socket, not a regular file';
  return 'it is not a regular file';
}

const reasons: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a folder on its path is a file',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
};

/**
 * Reads an input file the user named, as UTF-8 text. Only a regular file is
 * read (a pipe with no writer, `/dev/zero` or a terminal would block or never
 * end), and at most `maxBytes` of it. Anything wrong is a UsageError line:
 * `WHERE: cannot read the file (WHY); expected EXPECTED`, or `WHERE: not UTF-8 ...`.
 */
export function readTextFile(
  path: string,
  where: string,
  expected: string,
  maxBytes: number,
): string {
  const refuse = (why: string): never => {
    throw new UsageError(`${where}: cannot read the file (${why}); expected ${expected}`);
  };
  const failed = (error: unknown): never =>
    refuse(
      reasons[(error as NodeJS.ErrnoException).code ?? ''] ??
        (error as NodeJS.ErrnoException).code ??
        String(error),
    );
  // Looked at before it is opened: opening a device or a pipe can itself block or act.
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    return failed(error);
  }
  const notRegular = kindOf(stats);
  if (notRegular !== null) refuse(notRegular);
  let bytes: Buffer;
  let descriptor: number;
  try {
    // O_NONBLOCK: should the path have become a pipe since, opening it does not wait for a writer.
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return failed(error);
  }
  try {
    const opened = fstatSync(descriptor);
    const stillNotRegular = kindOf(opened);
    if (stillNotRegular !== null) refuse(stillNotRegular);
    const tooLarge = `it is larger than ${sizeInWords(maxBytes)}, the most read`;
    if (opened.size > maxBytes) refuse(tooLarge);
    // Read to the end, never past the cap: the file may have grown since fstat.
    bytes = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(opened.size + 1, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === bytes.length) {
        if (length > maxBytes) refuse(tooLarge);
        const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, bytes.length * 2));
        bytes.copy(grown, 0, 0, length);
        bytes = grown;
      }
      const read = readSync(descriptor, bytes, length, bytes.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) refuse(tooLarge);
    bytes = bytes.subarray(0, length);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    return failed(error);
  } finally {
    closeSync(descriptor);
  }
  return decodeUtf8(bytes, where, expected);
}

/** UTF-8 to text; invalid bytes are refused (not silently turned into U+FFFD), with their offset. */
function decodeUtf8(bytes: Uint8Array, where: string, expected: string): string {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    throw new UsageError(
      `${where}: not UTF-8 text (an invalid byte at offset ${firstInvalidUtf8Byte(bytes)}); expected ${expected}`,
    );
  }
}

/** The offset of the first byte that is not part of a valid UTF-8 sequence. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  // Decoded leniently, every invalid sequence is a U+FFFD; a U+FFFD written in the file is EF BF BD.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  let byte = 0;
  let from = 0;
  for (let at = text.indexOf('\ufffd'); at >= 0; at = text.indexOf('\ufffd', at + 1)) {
    // Everything before the first invalid byte encodes back to the same bytes.
    byte += Buffer.byteLength(text.slice(from, at));
    if (bytes[byte] !== 0xef || bytes[byte + 1] !== 0xbf || bytes[byte + 2] !== 0xbd) return byte;
    byte += 3;
    from = at + 1;
  }
  return bytes.length;
}
