import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';

function readContract(file: string): unknown {
  return parse(
    readFileSync(new URL(`../../../../contracts/emporix/${file}`, import.meta.url), 'utf8'),
  );
}

/** The parsed OpenAPI documents: the source of truth the mock is checked against. */
export const contract = readContract('customer-management.openapi.yml');
const siteContract = readContract('site-settings.openapi.yml');
const documents: Record<string, unknown> = { contract, site: siteContract };

// OpenAPI keywords such as `example` are unknown to JSON Schema; `format`s are not checked
// because ajv-formats is not installed.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema(contract as object, 'contract');
ajv.addSchema(siteContract as object, 'site');

/** JSON pointers (within `contract`) of the schemas the mock's traffic must satisfy. */
export const schemaRefs = {
  customer: '#/components/schemas/Customer',
  customerPatch: '#/components/schemas/CustomerPatchDto',
  address: '#/components/schemas/AddressDto',
  addressCreate: '#/components/schemas/AddressCreateDto',
  addressUpdate: '#/components/schemas/AddressUpdateDto',
  resourceLocation: '#/components/schemas/ResourceLocation',
  errorMessage: '#/components/schemas/ErrorMessage',
  unauthorized: '#/components/responses/401_unauthorized/content/application~1json/schema',
} as const;

/** The same for the site-settings contract; pass them to `contractErrors` as they are. */
export const siteSchemaRefs = {
  site: 'site#/components/schemas/SiteDto',
  errorMessage: 'site#/components/schemas/ErrorMessage',
  unauthorized: 'site#/components/responses/401_invalidToken/content/application~1json/schema',
} as const;

// `site#/…` points into the site-settings contract, a bare `#/…` into the customer one.
function split(pointer: string): { id: string; local: string } {
  const at = pointer.indexOf('#');
  return { id: at > 0 ? pointer.slice(0, at) : 'contract', local: pointer.slice(at) };
}

type Schema = Record<string, unknown>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function atPointer(pointer: string, id: string): Schema {
  const target = pointer
    .replace(/^#\//, '')
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, part) => (isObject(node) ? node[part] : undefined), documents[id]);
  if (!isObject(target)) {
    throw new Error(`No schema at ${pointer}`);
  }
  return target;
}

function resolve(schema: Schema, id: string): Schema {
  return typeof schema.$ref === 'string' ? resolve(atPointer(schema.$ref, id), id) : schema;
}

// Properties of a schema including those of its `allOf` parts, and whether extras are allowed.
function shapeOf(
  schema: Schema,
  id: string,
): { properties: Record<string, Schema>; open: boolean } {
  const resolved = resolve(schema, id);
  const own = isObject(resolved.properties) ? (resolved.properties as Record<string, Schema>) : {};
  const parts = Array.isArray(resolved.allOf)
    ? (resolved.allOf as Schema[]).map((part) => shapeOf(part, id))
    : [];
  return {
    properties: Object.assign({}, ...parts.map((part) => part.properties), own),
    open: resolved.additionalProperties === true || parts.some((part) => part.open),
  };
}

// JSON Schema lets unknown properties through unless told otherwise; the contract never
// says so, but a key it does not describe is almost always a typo in the mock.
function undescribedKeys(value: unknown, schema: Schema, path: string, id: string): string[] {
  const resolved = resolve(schema, id);
  if (Array.isArray(value)) {
    return isObject(resolved.items)
      ? value.flatMap((item, index) =>
          undescribedKeys(item, resolved.items as Schema, `${path}[${index}]`, id),
        )
      : [];
  }
  if (!isObject(value)) {
    return [];
  }
  const { properties, open } = shapeOf(resolved, id);
  if (open) {
    return [];
  }
  return Object.entries(value).flatMap(([key, inner]) => {
    const propertySchema = properties[key];
    return propertySchema === undefined
      ? [`${path}/${key} is not described by the contract`]
      : undescribedKeys(inner, propertySchema, `${path}/${key}`, id);
  });
}

/**
 * Everything wrong with `value` against the contract schema at `pointer`: ajv's errors
 * plus keys the schema does not describe. Empty means it conforms.
 */
export function contractErrors(pointer: string, value: unknown): string[] {
  const { id, local } = split(pointer);
  const validate = ajv.getSchema(`${id}${local}`);
  if (validate === undefined) {
    throw new Error(`The contract has no schema at ${pointer}`);
  }
  const schemaErrors = validate(value)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
  return [...schemaErrors, ...undescribedKeys(value, atPointer(local, id), '', id)];
}

/** Returns `body` after asserting it is valid at `pointer`, so tests only send real bodies. */
export function validBody<T>(pointer: string, body: T): T {
  const errors = contractErrors(pointer, body);
  if (errors.length > 0) {
    throw new Error(`Not a valid ${pointer.split('/').pop()}: ${errors.join('; ')}`);
  }
  return body;
}

/** Returns `body` after asserting it is a valid `CustomerPatchDto`, so tests only send real patches. */
export function validPatch<T>(body: T): T {
  return validBody(schemaRefs.customerPatch, body);
}
