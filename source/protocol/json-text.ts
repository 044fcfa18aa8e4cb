import {UsageError} from '../usage-error.js';

/**
 * Parses a file's text as JSON; broken JSON is a UsageError line with the parser's
 * words and where it stopped: `WHERE: not valid JSON: ... (line 3, column 14);
 * expected EXPECTED`. V8's parser is not recursive, so deep nesting cannot
 * overflow it; the schemas then refuse what is nested where nothing may be.
 */
export function parseJsonText(text: string, where: string, expected: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${where}: not valid JSON: ${withLineAndColumn(text, (error as Error).message)}; expected ${expected}`,
    );
  }
}

function withLineAndColumn(text: string, message: string): string {
  const match = /position (\d+)/.exec(message);
  if (!match) return message;
  const position = Number(match[1]);
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < position; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return `${message} (line ${line}, column ${position - lineStart + 1})`;
}
