import {readFileSync} from 'node:fs';
import {Ajv2020, type ErrorObject, type ValidateFunction} from 'ajv/dist/2020.js';
import {UsageError} from '../usage-error.js';
import {fromDist} from '../bundle.js';

/**
 * The file formats' JSON Schemas, published in the repository's `schema/` folder
 * (draft 2020-12) so that an editor or another tool can check a file too. brewlanes
 * checks every file it opens against them with Ajv, and turns Ajv's first error into
 * one line that names the field and says what is accepted, in the words of the
 * schema's `description`s.
 */
export type SchemaName = 'run' | 'scenario';

/** A node of a JSON Schema, as far as the error lines need to read one. */
type SchemaNode = {
  $ref?: string;
  description?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  propertyNames?: SchemaNode;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  $defs?: Record<string, SchemaNode>;
};

/** `schema/NAME.schema.json`: beside `source/` and `dist/`, from this module and from the bundle. */
export const schemaFile = (name: SchemaName): URL =>
  fromDist(`../schema/${name}.schema.json`, import.meta.url);

export const readSchema = (name: SchemaName): SchemaNode =>
  JSON.parse(readFileSync(schemaFile(name), 'utf8')) as SchemaNode;

type Checker = {schema: SchemaNode; validate: ValidateFunction};
const checkers = new Map<SchemaName, Checker>();

function checkerFor(name: SchemaName): Checker {
  let checker = checkers.get(name);
  if (!checker) {
    const schema = readSchema(name);
    // allErrors off: Ajv stops at the first error, which is the one the line names.
    const ajv = new Ajv2020({allErrors: false, verbose: true, discriminator: true, strict: true});
    checker = {schema, validate: ajv.compile(schema)};
    checkers.set(name, checker);
  }
  return checker;
}

/**
 * Checks a parsed document against the named schema. The first error is thrown as
 * a UsageError line: `WHERE: customers[0].name must be a non-empty string of at
 * most 40 characters (found "")`.
 */
export function checkAgainstSchema(name: SchemaName, data: unknown, where: string): void {
  const {schema, validate} = checkerFor(name);
  if (validate(data)) return;
  const error = validate.errors?.[0];
  if (!error) throw new UsageError(`${where}: does not match schema/${name}.schema.json`);
  throw new UsageError(`${where}: ${schemaErrorLine(error, schema)}`);
}

const resolve = (node: SchemaNode | undefined, root: SchemaNode): SchemaNode => {
  let resolved = node ?? {};
  // Only local references (#/$defs/NAME) occur in brewlanes' schemas.
  for (let hops = 0; resolved.$ref !== undefined && hops < 8; hops++) {
    const name = resolved.$ref.replace(/^#\/\$defs\//, '');
    resolved = root.$defs?.[name] ?? {};
  }
  return resolved;
};

/** The branch of a `oneOf` that describes `property`, for an event's fields. */
const withProperty = (node: SchemaNode, property: string): SchemaNode | undefined =>
  node.properties && Object.hasOwn(node.properties, property)
    ? node
    : node.oneOf?.find((branch) => branch.properties && Object.hasOwn(branch.properties, property));

/**
 * A field as a reader writes it: `"customers"` for a top-level field,
 * `events[5].start`, `menu["caffè latte"][0].kind` for a key of a map.
 */
export function fieldPath(pointer: readonly string[], root: SchemaNode): string {
  let node = resolve(root, root);
  let path = '';
  let named = 0;
  for (const segment of pointer) {
    node = resolve(node, root);
    const owner = withProperty(node, segment);
    if (owner) {
      path += path === '' ? segment : `.${segment}`;
      node = owner.properties![segment]!;
      named++;
    } else if (node.items !== undefined || node.type === 'array') {
      path += `[${segment}]`;
      node = node.items ?? {};
    } else {
      path += `[${JSON.stringify(segment)}]`;
      node = typeof node.additionalProperties === 'object' ? node.additionalProperties : {};
    }
  }
  if (path === '') return 'the document';
  return pointer.length === 1 && named === 1 ? `"${path}"` : path;
}

const pointerOf = (instancePath: string): string[] =>
  instancePath === ''
    ? []
    : instancePath
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

/** What a schema node accepts, in words: its description, else its type. */
function accepted(node: SchemaNode): string {
  if (node.description !== undefined) return node.description;
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum !== undefined) return `one of ${node.enum.map(String).join(', ')}`;
  const types = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
  const words = types.map((type) =>
    type === 'integer' ? 'a whole number' : type === 'boolean' ? 'true or false' : article(type),
  );
  return words.length > 0 ? words.join(' or ') : 'something else';
}

/**
 * A short picture of a value that was refused: `"Ana"`, `-5`, `an array`. Never
 * JSON.stringify of an object or array: it recurses, and a file may nest deeply.
 */
export function describeValue(value: unknown): string {
  if (value === null || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  return Array.isArray(value) ? 'an array' : 'an object';
}

/** One error of Ajv's, as the words after `WHERE: `. */
export function schemaErrorLine(error: ErrorObject, root: SchemaNode): string {
  const pointer = pointerOf(error.instancePath);
  const path = fieldPath(pointer, root);
  const parent = resolve(error.parentSchema as SchemaNode | undefined, root);
  switch (error.keyword) {
    case 'required': {
      const missing = String((error.params as {missingProperty: string}).missingProperty);
      const child = resolve(withProperty(parent, missing)?.properties?.[missing], root);
      return `${fieldPath([...pointer, missing], root)} must be ${accepted(child)} (it is missing)`;
    }
    case 'additionalProperties': {
      const extra = String((error.params as {additionalProperty: string}).additionalProperty);
      const known = Object.keys(parent.properties ?? {}).filter((key) => key !== '$schema');
      return `${path} has an unknown field ${JSON.stringify(extra)}; the fields are ${known.join(', ')}`;
    }
    case 'discriminator': {
      const {tag, tagValue} = error.params as {tag: string; tagValue: unknown};
      const kinds = (parent.oneOf ?? []).map((branch) => String(branch.properties?.[tag]?.const));
      const shown = tagValue === undefined ? 'missing' : describeValue(tagValue);
      return `${fieldPath([...pointer, tag], root)} ${shown} is not one of ${kinds.join(', ')}`;
    }
    default: {
      if (error.propertyName !== undefined) {
        return `${path} has the key ${describeValue(error.propertyName)}; a key must be ${accepted(parent)}`;
      }
      return `${path} must be ${accepted(parent)} (found ${describeValue(error.data)})`;
    }
  }
}
