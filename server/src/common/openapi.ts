import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
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
 * 3. **What `redocly lint` (docs/development.md) asks.** A summary for every operation (from
 *    `@ApiOperation`, else the table SUMMARIES, else made from the method name), `security: []`
 *    on the public operations (those without `@Auth`), a relative server (`/`, whatever
 *    PUBLIC_URL is), and a media type on every non-JSON answer (from `@ApiProduces`; a file of
 *    any type is `application/octet-stream`).
 */
export function completeOpenApi(doc: OpenAPIObject, produces: Map<string, string[]> = new Map()): OpenAPIObject {
  addConstraints(doc);
  addSummaries(doc);
  addPublicSecurity(doc);
  addMediaTypes(doc, produces);
  addErrorResponses(doc);
  doc.servers = [{ url: '/' }];
  return doc;
}

type Operation = { operationId?: string; summary?: string; security?: unknown[]; responses: Record<string, { description?: string; content?: Record<string, unknown> }> };

function operations(doc: OpenAPIObject): Array<[string, string, Operation]> {
  return Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item as Record<string, Operation>).map(([method, op]): [string, string, Operation] => [path, method, op]));
}

/** The summaries of the existing operations, by operationId; a new route may say its own with @ApiOperation. */
const SUMMARIES: Record<string, string> = {
  Auth_register: 'Create an account',
  Auth_verifyEmail: 'Verify an e-mail address',
  Auth_resend: 'Send the verification e-mail again',
  Auth_login: 'Sign in',
  Auth_refresh: 'Renew the access token',
  Auth_logout: 'Sign out',
  Auth_forgot: 'Ask for a password reset e-mail',
  Auth_reset: 'Set a new password',
  Me_me: 'Get my account',
  Me_update: 'Update my account',
  Me_delete: 'Delete my account',
  Me_export: 'Export my data',
  Users_search: 'Search users',
  Municipalities_list: 'List municipalities',
  Municipalities_create: 'Create a municipality',
  Municipalities_get: 'Get a municipality by slug or id',
  Municipalities_update: 'Update a municipality',
  Municipalities_uploadCoatOfArms: 'Upload a coat of arms',
  Municipalities_coatOfArms: 'Get the coat of arms',
  Municipalities_staff: 'List the staff of a municipality',
  Municipalities_setStaff: 'Give a user a staff role',
  Municipalities_removeStaff: 'Remove a staff member',
  Organizations_list: 'List organizations',
  Organizations_create: 'Create an organization',
  Organizations_get: 'Get an organization',
  Organizations_verify: 'Verify an organization',
  Organizations_addMember: 'Invite a member',
  Organizations_invitations: 'List pending invitations',
  Organizations_cancelInvitation: 'Cancel an invitation',
  Organizations_acceptByToken: 'Accept an invitation by its link',
  Organizations_removeMember: 'Remove a member',
  Partnerships_list: 'List the partner organizations of a municipality',
  Partnerships_add: 'Add a partner organization',
  Partnerships_remove: 'Remove a partner organization',
  MyInvitations_list: 'List my invitations',
  MyInvitations_accept: 'Accept an invitation',
  MyInvitations_decline: 'Decline an invitation',
  Audit_list: 'List the audit log',
  Health_health: 'Check the service health',
  Consultations_list: 'List consultations',
  Consultations_create: 'Create a consultation',
  Consultations_get: 'Get a consultation',
  Consultations_update: 'Update a consultation',
  Consultations_deadline: 'Compute the closing date of a consultation',
  Consultations_publish: 'Publish a consultation',
  Consultations_sections: 'List the sections of a consultation',
  Consultations_versions: 'List the versions of a consultation',
  Contributions_list: 'List the proposals of a consultation',
  Contributions_create: 'Send a proposal',
  Contributions_offline: 'Record a proposal received offline',
  Contributions_duplicates: 'Find duplicate proposals',
  Contributions_get: 'Get a proposal',
  Contributions_support: 'Support a proposal',
  Contributions_unsupport: 'Withdraw support from a proposal',
  Contributions_flag: 'Report a proposal',
  Contributions_hide: 'Hide a proposal',
  Contributions_unhide: 'Show a hidden proposal again',
  Reports_respond: 'Answer a proposal',
  Reports_respondMany: 'Answer several proposals',
  Reports_report: 'Get the справка of a consultation',
  Reports_publish: 'Publish the справка',
  Reports_reportCsv: 'Download the справка as CSV',
  Reports_reportPdf: 'Download the справка as PDF',
  Reports_outcome: 'Record the outcome of a consultation',
  Documents_upload: 'Upload a document',
  Documents_download: 'Download a document',
  OpenData_transparency: 'Get the transparency figures of a municipality',
  OpenData_atom: 'Feed of published consultations (Atom)',
  OpenData_consultationsCsv: 'Open data: consultations as CSV',
  OpenData_consultationsJson: 'Open data: consultations as JSON',
  OpenData_contributionsCsv: 'Open data: the proposals of a consultation as CSV',
  OpenData_contributionsJson: 'Open data: the proposals of a consultation as JSON',
  OpenData_catalog: 'Open data: the DCAT-AP catalogue (JSON-LD)',
  Follows_follow: 'Follow a municipality',
  Follows_unfollow: 'Stop following a municipality',
  Calendar_list: 'List the days off of a country (holidays and declared days)',
  Calendar_declare: 'Declare a day off',
  Calendar_remove: 'Remove a declared day off',
  Bodies_list: 'List bodies',
  Bodies_create: 'Create a body',
  Bodies_get: 'Get a body',
  Bodies_update: 'Update a body',
  Bodies_members: 'List the members of a body',
  Bodies_addMember: 'Add a member to a body (an account is invited)',
  Bodies_updateMember: 'Update a member of a body',
  Bodies_removeMember: 'Remove a member from a body',
  MyBodyInvitations_list: 'List my invitations to bodies',
  MyBodyInvitations_accept: 'Accept an invitation to a body',
  MyBodyInvitations_decline: 'Decline an invitation to a body',
  Meetings_list: 'List meetings',
  Meetings_create: 'Create a meeting',
  Meetings_ics: 'Download a meeting as iCalendar',
  Meetings_get: 'Get a meeting',
  Meetings_update: 'Update a meeting',
  Meetings_getMinutes: 'Get the minutes of a meeting',
  Meetings_saveMinutes: 'Save the minutes of a meeting',
  Meetings_publishMinutes: 'Publish the minutes of a meeting',
  Meetings_report: 'Get the participation report of a meeting',
  Meetings_reportCsv: 'Download the participation report as CSV',
  Meetings_reportPdf: 'Download the participation report as PDF',
  MeetingFeeds_feed: 'Calendar feed of upcoming meetings (iCalendar)',
  Registrations_register: 'Register for a meeting',
  Registrations_list: 'List the registrations for a meeting',
  Registrations_csv: 'Download the registrations as CSV',
  Registrations_approve: 'Approve a registration',
  Registrations_reject: 'Reject a registration',
  Registrations_checkIn: 'Check in a participant',
  Registrations_cancel: 'Cancel a registration by its link',
  Registrations_cancelById: 'Cancel a registration',
  Registrations_mine: 'List my registrations',
  Forms_list: 'List forms',
  Forms_create: 'Create a form',
  Forms_get: 'Get a form',
  Forms_update: 'Update a form',
  Forms_publish: 'Publish a form',
  Forms_newVersion: 'Start a new version of a form',
  Forms_invite: 'Invite people to answer a form',
  Forms_remind: 'Remind the invited who have not answered',
  Forms_respond: 'Answer a form',
  Forms_report: 'Get the report of a form',
  Forms_reportCsv: 'Download the report of a form as CSV',
  Forms_reportPdf: 'Download the report of a form as PDF',
  Forms_responsesCsv: 'Download the responses of a form as CSV',
  MyForms_mine: 'List my forms',
  Satisfaction_satisfaction: 'Get the satisfaction report',
  Unsubscribe_unsubscribe: 'Unsubscribe from e-mails',
  MyParticipation_contributions: 'List my proposals',
  MyParticipation_answeredForms: 'List the forms I answered',
  SitePages_get: 'Get a site page',
  SitePages_update: 'Update a site page',
};

/** "Forms_responsesCsv" → "Responses csv (forms)": readable enough for a route not in the table. */
function summaryFromId(operationId: string): string {
  const [controller, method = controller] = operationId.split('_');
  const words = method.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} (${controller.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()})`;
}

function addSummaries(doc: OpenAPIObject): void {
  for (const [, , op] of operations(doc)) {
    if (!op.summary && op.operationId) op.summary = SUMMARIES[op.operationId] ?? summaryFromId(op.operationId);
  }
}

/** An operation without `@Auth` is public: `security: []` says so instead of leaving it unsaid. */
function addPublicSecurity(doc: OpenAPIObject): void {
  for (const [, , op] of operations(doc)) op.security ??= [];
}

/**
 * The media types each route declares with `@ApiProduces`, by operationId (Controller_method, as
 * buildOpenApi names operations): swagger drops them when the answer has no schema.
 */
/** Where `@ApiProduces` keeps its media types (@nestjs/swagger's API_PRODUCES, not exported). */
const API_PRODUCES = 'swagger/apiProduces';

export function declaredProduces(app: INestApplication): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!type?.prototype) continue;
      const onClass = Reflect.getMetadata(API_PRODUCES, type) as string[] | undefined;
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const method = (type.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof method !== 'function') continue;
        const types = (Reflect.getMetadata(API_PRODUCES, method) as string[] | undefined) ?? onClass;
        if (types?.length) out.set(`${type.name.replace(/Controller$/, '')}_${name}`, types);
      }
    }
  }
  return out;
}

/** A 2xx answer with a body but no media type gets those of `@ApiProduces`, or application/octet-stream. */
function addMediaTypes(doc: OpenAPIObject, produces: Map<string, string[]>): void {
  for (const [, , op] of operations(doc)) {
    for (const [code, response] of Object.entries(op.responses)) {
      if (!/^2\d\d$/.test(code) || code === '204' || response.content) continue;
      const types = produces.get(op.operationId ?? '') ?? ['application/octet-stream'];
      response.content = Object.fromEntries(types.map((t) => [t, { schema: /^text\/|xml$/.test(t) ? { type: 'string' } : { type: 'string', format: 'binary' } }]));
    }
  }
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
