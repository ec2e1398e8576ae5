/**
 * Every type of the HTTP API the client uses, in one file.
 *
 * Paths carry the `/api` prefix, as the OpenAPI document of the server (global prefix `api`) will.
 *
 * `paths` has the shape openapi-typescript generates, so openapi-fetch is typed by it today.
 * When docs/openapi.json exists, `npm run api-types -w client` writes src/api/schema.d.ts; then
 * this file shrinks to `export type { paths } from './schema'` plus the aliases below pointing at
 * `components['schemas'][…]`. Nothing outside src/api/ needs to change.
 */

// ---------------------------------------------------------------- domain objects

export type Locale = 'bg' | 'en' | 'mk';
export type CountryCode = 'BG' | 'MK';

/** Multilingual text: at least the default locale is present. */
export type LocalizedText = Partial<Record<Locale, string>>;

export interface User {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  homeSettlement: string | null;
  /** ISO 3166-1 alpha-2 */
  country: string | null;
  emailVerified: boolean;
  isAdmin: boolean;
  createdAt: string;
}

export type StaffRole = 'officer' | 'moderator';
export type OrganizationRole = 'representative' | 'member';

export interface MyStaffRole {
  municipalityId: string;
  municipalitySlug: string;
  role: StaffRole;
}

export interface MyOrganization {
  organizationId: string;
  name: string;
  role: OrganizationRole;
  verified: boolean;
}

/** GET /me: the user with their roles and memberships. */
export interface Me extends User {
  staff: MyStaffRole[];
  organizations: MyOrganization[];
}

export interface Municipality {
  id: string;
  slug: string;
  name: LocalizedText;
  country: CountryCode;
  timeZone: string;
  defaultLocale: Locale;
}

export interface StaffMember {
  userId: string;
  displayName: string;
  email: string;
  role: StaffRole;
}

export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
}

export const ORGANIZATION_KINDS = ['ngo', 'business', 'public_authority', 'academic', 'trade_union', 'other'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export interface Organization {
  id: string;
  name: string;
  kind: OrganizationKind;
  registrationNumber: string | null;
  verified: boolean;
  createdAt: string;
}

export interface OrganizationMember {
  userId: string;
  displayName: string;
  role: OrganizationRole;
}

export interface OrganizationDetail extends Organization {
  members: OrganizationMember[];
}

export interface Partner {
  organizationId: string;
  name: string;
  kind: OrganizationKind;
  since: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface FieldError {
  field: string;
  messages: string[];
}

/** Every error answer of the API. `message` is already in the request's language. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: { fields?: FieldError[] } & Record<string, unknown>;
}

// ---------------------------------------------------------------- request and answer bodies

export interface RegisterBody {
  email: string;
  password: string;
  displayName: string;
  locale?: Locale;
  homeSettlement?: string;
  country?: string;
}

export interface LoginBody {
  email: string;
  password: string;
}

export interface AccessToken {
  accessToken: string;
  /** seconds */
  expiresIn: number;
}

export interface LoginResult extends AccessToken {
  user: User;
}

export interface UpdateMeBody {
  displayName?: string;
  locale?: Locale;
  homeSettlement?: string | null;
  country?: string | null;
}

export interface MunicipalityInput {
  slug: string;
  name: LocalizedText;
  country: CountryCode;
  timeZone: string;
  defaultLocale: Locale;
}

export interface OrganizationInput {
  name: string;
  kind: OrganizationKind;
  registrationNumber?: string;
}

/** GET /me/export: every piece of personal data held, free-form. */
export type PersonalDataExport = Record<string, unknown>;

// ---------------------------------------------------------------- paths (openapi-typescript shape)

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
type Json<T> = { 'application/json': T };
type Headers = { [name: string]: unknown };
type Ok<T> = { headers: Headers; content: Json<T> };
type NoContent = { headers: Headers; content?: never };
type Failure = { headers: Headers; content: Json<ApiErrorBody> };
type Errors = { 400: Failure; 401: Failure; 403: Failure; 404: Failure; 409: Failure; 422: Failure; 429: Failure };

type NoParams = { query?: never; header?: never; path?: never; cookie?: never };
type PathParams<P> = { query?: never; header?: never; path: P; cookie?: never };
type QueryParams<Q> = { query?: Q; header?: never; path?: never; cookie?: never };

type Read<P, R> = { parameters: P; requestBody?: never; responses: R & Errors };
type Write<P, B, R> = { parameters: P; requestBody: { content: Json<B> }; responses: R & Errors };
type Path<M extends Partial<Record<HttpMethod, unknown>>> = { parameters: NoParams } & M & {
  [K in Exclude<HttpMethod, keyof M>]?: never;
};

type ListQuery = { limit?: number; cursor?: string };
type Id = { id: string };

export interface paths {
  '/api/auth/register': Path<{ post: Write<NoParams, RegisterBody, { 201: Ok<{ user: User }> }> }>;
  '/api/auth/verify-email': Path<{ post: Write<NoParams, { token: string }, { 200: Ok<unknown> }> }>;
  '/api/auth/verify-email/resend': Path<{ post: Read<NoParams, { 202: NoContent }> }>;
  '/api/auth/login': Path<{ post: Write<NoParams, LoginBody, { 200: Ok<LoginResult> }> }>;
  '/api/auth/refresh': Path<{ post: Read<NoParams, { 200: Ok<AccessToken> }> }>;
  '/api/auth/logout': Path<{ post: Read<NoParams, { 204: NoContent }> }>;
  '/api/auth/password/forgot': Path<{ post: Write<NoParams, { email: string }, { 202: NoContent }> }>;
  '/api/auth/password/reset': Path<{ post: Write<NoParams, { token: string; password: string }, { 200: Ok<unknown> }> }>;
  '/api/me': Path<{
    get: Read<NoParams, { 200: Ok<Me> }>;
    patch: Write<NoParams, UpdateMeBody, { 200: Ok<Me> }>;
    delete: Read<NoParams, { 204: NoContent }>;
  }>;
  '/api/me/export': Path<{ get: Read<NoParams, { 200: Ok<PersonalDataExport> }> }>;
  '/api/users': Path<{ get: Read<QueryParams<ListQuery & { q?: string }>, { 200: Ok<Page<UserSummary>> }> }>;
  '/api/municipalities': Path<{
    get: Read<QueryParams<ListQuery>, { 200: Ok<Page<Municipality>> }>;
    post: Write<NoParams, MunicipalityInput, { 201: Ok<Municipality> }>;
  }>;
  '/api/municipalities/{slug}': Path<{ get: Read<PathParams<{ slug: string }>, { 200: Ok<Municipality> }> }>;
  '/api/municipalities/{id}': Path<{ patch: Write<PathParams<Id>, Partial<MunicipalityInput>, { 200: Ok<Municipality> }> }>;
  '/api/municipalities/{id}/staff': Path<{ get: Read<PathParams<Id>, { 200: Ok<{ items: StaffMember[] }> }> }>;
  '/api/municipalities/{id}/staff/{userId}': Path<{
    put: Write<PathParams<Id & { userId: string }>, { role: StaffRole }, { 200: Ok<unknown> }>;
    delete: Read<PathParams<Id & { userId: string }>, { 204: NoContent }>;
  }>;
  '/api/municipalities/{id}/partners': Path<{ get: Read<PathParams<Id>, { 200: Ok<{ items: Partner[] }> }> }>;
  '/api/municipalities/{id}/partners/{organizationId}': Path<{
    put: Read<PathParams<Id & { organizationId: string }>, { 200: Ok<unknown> }>;
    delete: Read<PathParams<Id & { organizationId: string }>, { 204: NoContent }>;
  }>;
  '/api/organizations': Path<{
    get: Read<QueryParams<ListQuery & { verified?: boolean; q?: string }>, { 200: Ok<Page<Organization>> }>;
    post: Write<NoParams, OrganizationInput, { 201: Ok<Organization> }>;
  }>;
  '/api/organizations/{id}': Path<{ get: Read<PathParams<Id>, { 200: Ok<OrganizationDetail> }> }>;
  '/api/organizations/{id}/verify': Path<{ post: Read<PathParams<Id>, { 200: Ok<Organization> }> }>;
}
