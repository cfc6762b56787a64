// Contract validator: checks requests and responses of both ClickStack flavors against the vendored OpenAPI
// files (test/fixtures/openapi), corrected where the servers differ from them (docs/api-behaviour.md §12)
// say the spec is wrong. Every correction below names the note it follows. Used by the emulator's contract tests
// (responses) and by the client's contract tests (requests).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export type Flavor = 'oss' | 'cloud';
type Json = any;

export const OSS_PREFIX = '/api/v2';
export const CLOUD_PREFIX = '/v1/organizations/{organizationId}/services/{serviceId}/clickstack';

const SPEC_FILES: Record<Flavor, string> = {
  oss: 'hyperdx-oss-openapi.json',
  cloud: 'clickstack-cloud-openapi.json',
};
const METHODS = ['get', 'post', 'put', 'delete', 'patch'] as const;

export interface Operation {
  flavor: Flavor;
  method: string; // upper case
  pathTemplate: string; // as in the spec, e.g. /api/v2/alerts/{id}
}

interface CompiledOperation extends Operation {
  matcher: RegExp;
  paramNames: string[];
  params: Map<string, ValidateFunction>;
  request?: { required: boolean; validate: ValidateFunction };
  // status code (or 'default') → validator; null = declared without a JSON body
  responses: Map<string, ValidateFunction | null>;
}

// ---------------------------------------------------------------------------------------------------------------
// Spec corrections. Each mutates a deep copy of the spec before compilation.

const ossErrorSchema = { $ref: '#/components/schemas/Error' };
const cloudErrorEnvelope = (statusType: 'number' | 'integer') => ({
  type: 'object',
  // api-behaviour §12.2: the spec marks no envelope key required and forbids no extra field, so an
  // OSS-shaped body would pass. The notes define the error envelope as {status, error, requestId}.
  required: ['status', 'error', 'requestId'],
  additionalProperties: false,
  properties: {
    status: { type: statusType },
    error: { type: 'string' },
    requestId: { type: 'string', format: 'uuid' },
  },
});

function jsonResponse(schema: Json): Json {
  return { description: 'added from docs/api-behaviour.md', content: { 'application/json': { schema } } };
}

function fixOssSpec(spec: Json): void {
  const s = spec.components.schemas;
  // api-behaviour §12.1: AggregationFunction lacks `increase`; QueryLanguage lacks `promql` (zod takes it for select
  // whereLanguage and savedQueryLanguage; widening the shared enum is the closest the spec can express).
  s.AggregationFunction.enum.push('increase');
  s.QueryLanguage.enum.push('promql');
  // api-behaviour §12.1: session timestampValueExpression is required by the server.
  s.SessionSource.required.push('timestampValueExpression');
  // api-behaviour §12.1: x, y, w, h are any number (zod z.number()), not integers.
  for (const key of ['x', 'y', 'w', 'h']) s.TileBase.properties[key].type = 'number';
  // api-behaviour §12.1: ChartSeries aggFn / metricDataType enums are narrower than zod's.
  s.ChartSeries.properties.aggFn = { $ref: '#/components/schemas/AggregationFunction' };
  s.ChartSeries.properties.metricDataType = { $ref: '#/components/schemas/MetricDataType' };
  // api-behaviour §11 and §12.1: series values may be strings (64-bit ints).
  for (const key of ['series_0.data', 'series_1.data']) {
    s.SeriesDataPoint.properties[key] = { type: ['number', 'string'] };
  }
  // api-behaviour §6.2: a filter carrying `id` on create is rejected (strict zod object).
  forbidItemProperty(s.CreateDashboardRequest.properties.filters, 'id');

  for (const [template, item] of Object.entries<Json>(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      op.responses ??= {};
      // api-behaviour §2.3 and §12.1: validation failures (body, params `Invalid ObjectId`, query) are 400 {message}
      // on every route, including alerts where the spec says 500. /team routes answer an array instead.
      if (!op.responses['400']) {
        op.responses['400'] = jsonResponse(
          template.startsWith(`${OSS_PREFIX}/team`)
            ? { type: 'array', items: { type: 'object', required: ['type', 'errors'] } }
            : ossErrorSchema,
        );
      }
      // api-behaviour §2.3: business 404s are {message} (the text `Not Found` ones are handled as text bodies).
      if (!op.responses['404'] && /\{id\}/.test(template)) op.responses['404'] = jsonResponse(ossErrorSchema);
      // api-behaviour §2.3: any route may fail with 500 {message:"Something went wrong :("} ({error} for charts).
      if (!op.responses['500']) op.responses['500'] = jsonResponse({ type: 'object' });
    }
  }
  // api-behaviour §11: /charts/series uses {error} for non-validation errors (403/404/500).
  const charts = spec.paths[`${OSS_PREFIX}/charts/series`].post.responses;
  const chartsError = { type: 'object', required: ['error'], properties: { error: { type: 'string' } } };
  for (const status of ['403', '404', '500']) charts[status] = jsonResponse(chartsError);
  // api-behaviour §12.1: GET /team → {data:{id,name}} (the spec declares no body).
  spec.paths[`${OSS_PREFIX}/team`].get.responses['200'] = jsonResponse({
    type: 'object',
    required: ['data'],
    properties: { data: { type: 'object', required: ['id', 'name'] } },
  });
}

function fixCloudSpec(spec: Json): void {
  const s = spec.components.schemas;
  // api-behaviour §12.2: level is typed number with a string enum; the API takes numbers.
  s.ClickStackSelectItem.properties.level.enum = s.ClickStackSelectItem.properties.level.enum.map(Number);
  // api-behaviour §12.2: six ["string","null"] fields carry an enum without null; null is valid.
  walkSchemas(spec.components, (node) => {
    if (Array.isArray(node.type) && node.type.includes('null') && Array.isArray(node.enum) && !node.enum.includes(null)) {
      node.enum.push(null);
    }
  });
  // api-behaviour §6.2: POST rejects a filter carrying `id`.
  forbidItemProperty(s.ClickStackCreateDashboardRequest.properties.filters, 'id');
  // api-behaviour §6.5 and §12.2: `normalized` is object|null; the spec's untyped object also matches null, which breaks its oneOf.
  s.ClickStackValidateDashboardResponseNormalized.type = 'object';
  // api-behaviour §6.6: the Cloud gateway rejects a top-level dashboard `id` on writes.
  forbidProperty(s.ClickStackCreateDashboardRequest, 'id');
  forbidProperty(s.ClickStackUpdateDashboardRequest, 'id');

  for (const item of Object.values<Json>(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      // api-behaviour §12.2: envelope keys are required; a success body is {status, requestId, result}
      // (DELETE: no result) and never carries OSS `data`/`meta`.
      const success = op.responses['200'].content['application/json'].schema;
      success.required = method === 'delete' ? ['status', 'requestId'] : ['status', 'requestId', 'result'];
      success.additionalProperties = false;
      for (const status of ['400', '500']) {
        op.responses[status].content['application/json'].schema = cloudErrorEnvelope(
          status === '500' ? 'integer' : 'number',
        );
      }
      // api-behaviour §2.4: 401/403 (shape assumed the same envelope), 404 with a JSON envelope, 409 (webhook delete)
      // and 429 (rate limit) occur although the spec documents only 200/400/500.
      for (const status of ['401', '403', '404', '409', '429']) {
        op.responses[status] = jsonResponse(cloudErrorEnvelope('number'));
      }
    }
  }
}

/** The property must be absent: reported as `<path>/<property> boolean schema is false`. */
function forbidProperty(schema: Json, property: string): void {
  schema.properties = { ...schema.properties, [property]: false };
}

/** Forbids a property in the items of an array schema whose items are a shared $ref (left untouched elsewhere). */
function forbidItemProperty(arraySchema: Json, property: string): void {
  arraySchema.items = { allOf: [arraySchema.items, { properties: { [property]: false } }] };
}

// ---------------------------------------------------------------------------------------------------------------
// OpenAPI → JSON Schema 2020-12

function walkSchemas(node: Json, visit: (node: Json) => void): void {
  if (Array.isArray(node)) {
    node.forEach((child) => walkSchemas(child, visit));
  } else if (node && typeof node === 'object') {
    visit(node);
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'example' && key !== 'examples' && key !== 'enum') walkSchemas(child, visit);
    }
  }
}

/** OpenAPI 3.0 `nullable: true` → a JSON-schema type union (or anyOf when the schema has no `type`). */
function convertNullable(node: Json): Json {
  if (!node || typeof node !== 'object' || node.nullable !== true) return node;
  delete node.nullable;
  if (node.type !== undefined) {
    node.type = Array.isArray(node.type) ? [...node.type, 'null'] : [node.type, 'null'];
    if (Array.isArray(node.enum) && !node.enum.includes(null)) node.enum.push(null);
    return node;
  }
  const copy = { ...node };
  for (const key of Object.keys(node)) delete node[key];
  node.anyOf = [{ type: 'null' }, copy];
  return node;
}

/**
 * `oneOf` + `discriminator` → an if/then chain on the discriminator value. The spec's mappings can be partial
 * (LineChartConfig maps only `sql`; the builder variant is "configType omitted"), which Ajv's own discriminator
 * support rejects; the chain also gives one precise error instead of one per oneOf branch.
 */
function convertDiscriminator(node: Json): void {
  const discriminator = node.discriminator;
  if (!discriminator) return;
  delete node.discriminator;
  const variants: Json[] = node.oneOf ?? [];
  const mapping: Record<string, string> = discriminator.mapping ?? {};
  const property: string = discriminator.propertyName;
  const mappedRefs = new Set(Object.values(mapping));
  const unmapped = variants.filter((variant) => !mappedRefs.has(variant.$ref));
  let fallback: Json;
  if (unmapped.length === 0) {
    fallback = { required: [property], properties: { [property]: { enum: Object.keys(mapping) } } };
  } else {
    fallback = unmapped.length === 1 ? unmapped[0] : { oneOf: unmapped };
  }
  const chain = Object.entries(mapping).reduceRight<Json>(
    (elseBranch, [value, ref]) => ({
      if: { required: [property], properties: { [property]: { const: value } } },
      then: { $ref: ref },
      else: elseBranch,
    }),
    fallback,
  );
  delete node.oneOf;
  Object.assign(node, chain);
}

function toJsonSchema(root: Json): void {
  walkSchemas(root, (node) => {
    convertNullable(node);
    convertDiscriminator(node);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Compilation

const compiled = new Map<Flavor, CompiledOperation[]>();

function loadSpec(flavor: Flavor): Json {
  const file = path.join(__dirname, '..', 'fixtures', 'openapi', SPEC_FILES[flavor]);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function operationsOf(flavor: Flavor): CompiledOperation[] {
  const cached = compiled.get(flavor);
  if (cached) return cached;
  const spec = loadSpec(flavor);
  if (flavor === 'oss') fixOssSpec(spec);
  else fixCloudSpec(spec);

  // Every schema the operations use is moved under components so that `#/components/...` refs resolve
  // against one root document.
  const schemas = spec.components.schemas;
  let counter = 0;
  const register = (schema: Json): string => {
    const name = `__operation_schema_${counter++}`;
    schemas[name] = schema;
    return name;
  };
  const pending: Array<{ op: CompiledOperation; kind: 'request' | 'param' | 'response'; key: string; name: string; required?: boolean }> = [];
  const operations: CompiledOperation[] = [];
  for (const [template, item] of Object.entries<Json>(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const paramNames = [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
      const pattern = template
        .split(/\{[^}]+\}/)
        .map((literal) => literal.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
        .join('([^/]+)');
      const compiledOp: CompiledOperation = {
        flavor,
        method: method.toUpperCase(),
        pathTemplate: template,
        matcher: new RegExp(`^${pattern}$`),
        paramNames,
        params: new Map(),
        responses: new Map(),
      };
      operations.push(compiledOp);
      for (const parameter of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
        if (parameter.in === 'path' && parameter.schema) {
          pending.push({ op: compiledOp, kind: 'param', key: parameter.name, name: register(parameter.schema) });
        }
      }
      const requestSchema = op.requestBody?.content?.['application/json']?.schema;
      if (requestSchema) {
        pending.push({ op: compiledOp, kind: 'request', key: '', name: register(requestSchema), required: op.requestBody.required === true });
      }
      for (const [status, response] of Object.entries<Json>(op.responses ?? {})) {
        const schema = response.content?.['application/json']?.schema;
        if (schema) pending.push({ op: compiledOp, kind: 'response', key: status, name: register(schema) });
        else compiledOp.responses.set(status, null);
      }
    }
  }

  const root = { $id: `clickstack-${flavor}`, components: spec.components };
  toJsonSchema(root);
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema(root);
  for (const entry of pending) {
    const validate = ajv.getSchema(`clickstack-${flavor}#/components/schemas/${entry.name}`);
    if (!validate) throw new Error(`cannot compile ${entry.name} of ${entry.op.method} ${entry.op.pathTemplate}`);
    if (entry.kind === 'request') entry.op.request = { required: entry.required ?? false, validate };
    else if (entry.kind === 'param') entry.op.params.set(entry.key, validate);
    else entry.op.responses.set(entry.key, validate);
  }
  // Literal segments win over parameters (POST /dashboards/validate before /dashboards/{id}).
  operations.sort((a, b) => a.paramNames.length - b.paramNames.length);
  compiled.set(flavor, operations);
  return operations;
}

// ---------------------------------------------------------------------------------------------------------------
// Lookup

/** The spec operation a request resolves to (for coverage tables), or undefined. */
export function resolveOperation(flavor: Flavor, method: string, path: string): Operation | undefined {
  const found = findOperation(flavor, method, path);
  return found && { flavor, method: found.op.method, pathTemplate: found.op.pathTemplate };
}

/** Every operation of a flavor's spec, for coverage tables. */
export function listOperations(flavor: Flavor): Operation[] {
  return operationsOf(flavor).map(({ flavor: f, method, pathTemplate }) => ({ flavor: f, method, pathTemplate }));
}

/** Accepts a spec template, a concrete path (query string ignored) or a path without the flavor's prefix. */
function findOperation(flavor: Flavor, method: string, rawPath: string): { op: CompiledOperation; params: Record<string, string> } | undefined {
  const pathOnly = rawPath.split('?')[0];
  const prefix = flavor === 'oss' ? OSS_PREFIX : CLOUD_PREFIX;
  const cloudPrefixPattern = /^\/v1\/organizations\/[^/]+\/services\/[^/]+\/clickstack/;
  const candidates = [pathOnly];
  if (flavor === 'oss' && !pathOnly.startsWith(OSS_PREFIX)) candidates.push(prefix + pathOnly);
  if (flavor === 'cloud' && !cloudPrefixPattern.test(pathOnly)) candidates.push(prefix + pathOnly);
  const upper = method.toUpperCase();
  for (const candidate of candidates) {
    for (const op of operationsOf(flavor)) {
      if (op.method !== upper) continue;
      if (op.pathTemplate === candidate) return { op, params: {} };
      const match = op.matcher.exec(candidate);
      if (match) {
        const params: Record<string, string> = {};
        op.paramNames.forEach((name, index) => {
          params[name] = decodeURIComponent(match[index + 1]);
        });
        return { op, params };
      }
    }
  }
  return undefined;
}

function formatErrors(validate: ValidateFunction, where: string): string[] {
  return (validate.errors ?? []).map((error) => `${where}${error.instancePath || '/'} ${error.message ?? 'invalid'}${error.params && Object.keys(error.params).length ? ` ${JSON.stringify(error.params)}` : ''}`);
}

/**
 * Whether a non-JSON body is one the real servers send (api-behaviour §2.3 and §3.1): text/plain `Unauthorized`, text
 * `Forbidden` and `Not Found` on dashboards, connections and team, and the 429 text.
 */
function documentedTextBody(flavor: Flavor, template: string, status: number, body: string): boolean {
  if (flavor !== 'oss') return false;
  const plainTextRoutes = ['/dashboards', '/connections', '/team'].some((resource) => template.startsWith(OSS_PREFIX + resource));
  if (status === 401) return body === 'Unauthorized';
  if (status === 429) return body === 'Too many requests, please try again later.';
  if (status === 403 && plainTextRoutes) return body === 'Forbidden';
  if (status === 404 && plainTextRoutes) return body === 'Not Found';
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Public API

/**
 * Validates a response body (parsed JSON, or the raw string for a non-JSON body) against the corrected spec.
 * Returns the list of violations; empty means valid.
 */
export function validateResponse(flavor: Flavor, method: string, pathTemplateOrConcretePath: string, status: number, body: unknown): string[] {
  const found = findOperation(flavor, method, pathTemplateOrConcretePath);
  if (!found) return [`${flavor}: no operation ${method.toUpperCase()} ${pathTemplateOrConcretePath} in the spec`];
  const { op } = found;
  const where = `${flavor} ${op.method} ${op.pathTemplate} ${status}`;
  if (typeof body === 'string') {
    return documentedTextBody(flavor, op.pathTemplate, status, body)
      ? []
      : [`${where}: non-JSON body ${JSON.stringify(body.slice(0, 80))} is not a documented response`];
  }
  if (!op.responses.has(String(status)) && !op.responses.has('default')) {
    return [`${where}: status ${status} is not a documented response`];
  }
  const validate = op.responses.has(String(status)) ? op.responses.get(String(status)) : op.responses.get('default');
  if (!validate) return [];
  return validate(body) ? [] : formatErrors(validate, `${where} body`);
}

/** Validates a request (path parameters and JSON body) against the corrected spec. */
export function validateRequest(flavor: Flavor, method: string, path: string, body?: unknown): string[] {
  const found = findOperation(flavor, method, path);
  if (!found) return [`${flavor}: no operation ${method.toUpperCase()} ${path} in the spec`];
  const { op, params } = found;
  const where = `${flavor} ${op.method} ${op.pathTemplate}`;
  const errors: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    if (/^\{[^}]+\}$/.test(value)) continue; // a template placeholder (relative path given), not a value
    const validate = op.params.get(name);
    if (validate && !validate(value)) errors.push(...formatErrors(validate, `${where} path parameter ${name}`));
  }
  if (!op.request) {
    // Some POSTs that take a body declare none (OSS POST /team/invitation, api-behaviour §12.1); only GET/DELETE must not.
    if (body !== undefined && body !== null && (op.method === 'GET' || op.method === 'DELETE')) errors.push(`${where}: the operation takes no request body`);
    return errors;
  }
  if (body === undefined) {
    if (op.request.required) errors.push(`${where}: a request body is required`);
    return errors;
  }
  if (!op.request.validate(body)) errors.push(...formatErrors(op.request.validate, `${where} body`));
  return errors;
}
