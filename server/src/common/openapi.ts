import type { OpenAPIObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';

/**
 * The generated OpenAPI document, completed in two ways that no controller has to repeat:
 *
 * 1. **Constraints.** Every class-validator check of a DTO that JSON Schema can say (lengths,
 *    patterns, enums, UUID/e-mail/date formats, integer ranges, array sizes) is written into the
 *    DTO's schema, and into the query parameters that a query DTO spreads into, unless the
 *    @ApiProperty says it already.
 * 2. **Errors.** Every operation lists the errors it can answer, all with the one error body
 *    (`ApiError`): 400 with a body or parameters, 401 and 403 when it needs a token, 404 with a
 *    path parameter, 409 for an authenticated write, 413 for an upload, 429 on the rate-limited
 *    auth routes, and 503 everywhere (the database is unavailable).
 */
export function completeOpenApi(doc: OpenAPIObject): OpenAPIObject {
  addConstraints(doc);
  addErrorResponses(doc);
  return doc;
}

type Schema = Record<string, unknown> & { type?: string; items?: Schema; properties?: Record<string, Schema>; $ref?: string; allOf?: Schema[] };

interface ValidationMeta {
  name?: string;
  type: string;
  propertyName: string;
  constraints?: unknown[];
  each?: boolean;
}

/** What JSON Schema can say of one class-validator check; undefined when nothing. */
function constraintOf(m: ValidationMeta): Schema | undefined {
  const c = m.constraints ?? [];
  switch (m.name) {
    case 'isLength':
      return { type: 'string', minLength: c[0], ...(typeof c[1] === 'number' ? { maxLength: c[1] } : {}) };
    case 'minLength':
      return { type: 'string', minLength: c[0] };
    case 'maxLength':
      return { type: 'string', maxLength: c[0] };
    case 'isNotEmpty':
      return { minLength: 1 };
    case 'matches':
      return c[0] instanceof RegExp ? { type: 'string', pattern: c[0].source } : typeof c[0] === 'string' ? { type: 'string', pattern: c[0] } : undefined;
    case 'isIn':
      return Array.isArray(c[0]) ? { enum: c[0] } : undefined;
    case 'isEnum':
      return c[0] && typeof c[0] === 'object' ? { enum: [...new Set(Object.values(c[0] as object))] } : undefined;
    case 'isUuid':
      return { type: 'string', format: 'uuid' };
    case 'isEmail':
      return { type: 'string', format: 'email' };
    case 'isIso8601':
    case 'isISO8601':
    case 'isDateString':
      return { type: 'string' };
    case 'isInt':
      return { type: 'integer' };
    case 'isNumber':
      return { type: 'number' };
    case 'isBoolean':
      return { type: 'boolean' };
    case 'min':
      return { minimum: c[0] };
    case 'max':
      return { maximum: c[0] };
    case 'arrayMinSize':
      return { type: 'array', minItems: c[0] };
    case 'arrayMaxSize':
      return { type: 'array', maxItems: c[0] };
    case 'arrayUnique':
      return { type: 'array', uniqueItems: true };
    default:
      return undefined;
  }
}

/** Adds what `extra` says to `schema` where the schema says nothing of it yet. */
function merge(schema: Schema, extra: Schema): void {
  if (schema.$ref || schema.allOf) return; // a nested DTO: its own schema carries its checks
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) continue;
    if (key === 'type') {
      if (!schema.type) schema.type = value as string;
      else if (schema.type === 'number' && value === 'integer') schema.type = 'integer';
      continue;
    }
    if (key === 'format' && schema.type && schema.type !== 'string') continue;
    if ((key === 'minLength' || key === 'maxLength' || key === 'pattern') && schema.type && schema.type !== 'string') continue;
    if (!(key in schema)) schema[key] = value;
  }
}

function metadataByClass(): Map<string, ValidationMeta[]> {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<{ name: string }, ValidationMeta[]> };
  const out = new Map<string, ValidationMeta[]>();
  for (const [target, metas] of storage.validationMetadatas) {
    // a subclass (PageQuery → SomeQuery) inherits its parent's checks
    const all: ValidationMeta[] = [];
    for (let t: unknown = target; typeof t === 'function' && t !== Function.prototype; t = Object.getPrototypeOf(t)) {
      all.push(...(storage.validationMetadatas.get(t as { name: string }) ?? []));
    }
    out.set(target.name, all.length ? all : metas);
  }
  return out;
}

function applyTo(property: Schema, metas: ValidationMeta[]): void {
  for (const m of metas) {
    const extra = constraintOf(m);
    if (!extra) continue;
    if (m.each) {
      if (property.type === 'array' || property.items) {
        property.items ??= {};
        merge(property.items, extra);
      }
    } else {
      merge(property, extra);
    }
  }
}

/** Names of the component schemas that `roots` use, directly or through others. */
function reachable(roots: unknown, schemas: Record<string, Schema>): Set<string> {
  const seen = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const ref = (node as Schema).$ref;
    if (typeof ref === 'string') {
      const name = ref.split('/').pop()!;
      if (!seen.has(name)) {
        seen.add(name);
        walk(schemas[name]);
      }
    }
    Object.values(node).forEach(walk);
  };
  walk(roots);
  return seen;
}

function addConstraints(doc: OpenAPIObject): void {
  const byClass = metadataByClass();
  const schemas = (doc.components?.schemas ?? {}) as Record<string, Schema>;
  // a schema that answers also describe (a LocalizedTextDto reused for texts of other lengths)
  // keeps what its @ApiProperty says: the checks of an input are not promises about an output
  const inAnswers = reachable(Object.values(doc.paths).flatMap((item) => Object.values(item as Record<string, { responses?: unknown }>).map((op) => op.responses)), schemas);
  for (const [name, schema] of Object.entries(schemas)) {
    if (inAnswers.has(name)) continue;
    const metas = byClass.get(name);
    if (!metas || !schema.properties) continue;
    for (const [prop, propSchema] of Object.entries(schema.properties)) {
      applyTo(propSchema, metas.filter((m) => m.propertyName === prop));
    }
  }
  // query DTOs are spread into parameters: find the class whose checked properties are exactly
  // the operation's query parameters
  const classes = [...byClass.entries()].map(([name, metas]) => ({ name, metas, props: new Set(metas.map((m) => m.propertyName)) }));
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(item as Record<string, { parameters?: Array<{ in: string; name: string; schema?: Schema }> }>)) {
      const query = (op.parameters ?? []).filter((p) => p.in === 'query');
      if (!query.length) continue;
      const names = new Set(query.map((p) => p.name));
      const owner = classes.find((c) => c.props.size === names.size && [...names].every((n) => c.props.has(n)));
      if (!owner) continue;
      for (const p of query) applyTo((p.schema ??= {}), owner.metas.filter((m) => m.propertyName === p.name));
    }
  }
}

const ERROR_SCHEMA: Schema = {
  type: 'object',
  required: ['statusCode', 'code', 'message'],
  properties: {
    statusCode: { type: 'integer', minimum: 400, maximum: 599 },
    code: { type: 'string', description: 'a stable error code, e.g. validation_failed, forbidden, service_unavailable' },
    message: { type: 'string', description: 'in the language of Accept-Language' },
    details: {
      type: 'object',
      properties: {
        fields: {
          type: 'array',
          items: {
            type: 'object',
            required: ['field', 'codes', 'messages'],
            properties: { field: { type: 'string' }, codes: { type: 'array', items: { type: 'string' } }, messages: { type: 'array', items: { type: 'string' } } },
          },
        },
      },
    },
  },
};

const ERROR_TEXTS: Record<string, string> = {
  '400': 'validation_failed (details.fields names each bad field) or another bad request',
  '401': 'no token, or a token that is no longer valid',
  '403': 'signed in but not allowed (forbidden, email_not_verified)',
  '404': 'not found, or not visible to the caller',
  '409': 'the state of the record forbids it',
  '413': 'the file or request is too large',
  '429': 'rate_limited; Retry-After says when to try again',
  '503': 'service_unavailable: the database cannot be reached; Retry-After says when to try again',
};

const RATE_LIMITED = /^\/api\/auth\/(login|register|refresh|password\/forgot|password\/reset|verify-email)$/;

function addErrorResponses(doc: OpenAPIObject): void {
  doc.components ??= {};
  doc.components.schemas ??= {};
  doc.components.schemas.ApiError = ERROR_SCHEMA as never;
  const ref = { $ref: '#/components/schemas/ApiError' };
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item as Record<string, { parameters?: Array<{ in: string }>; requestBody?: { content?: Record<string, unknown> }; security?: unknown[]; responses: Record<string, unknown> }>)) {
      const authenticated = Boolean(op.security?.length);
      const codes = new Set<string>(['503']);
      if (op.requestBody || op.parameters?.length) codes.add('400');
      if (authenticated) codes.add('401').add('403');
      if (op.parameters?.some((p) => p.in === 'path')) codes.add('404');
      if (authenticated && method !== 'get') codes.add('409');
      if (op.requestBody?.content?.['multipart/form-data']) codes.add('413');
      if (RATE_LIMITED.test(path)) codes.add('429');
      for (const code of [...codes].sort()) {
        op.responses[code] ??= { description: ERROR_TEXTS[code], content: { 'application/json': { schema: ref } } };
      }
    }
  }
}
