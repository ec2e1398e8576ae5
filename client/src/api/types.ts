/**
 * Every type of the HTTP API the client uses, named for the client. The shapes come from
 * schema.d.ts, which `npm run api-types -w client` generates from docs/openapi.json (itself
 * written from the server's code): a change of the contract breaks the build here, not at run time.
 */
import type { components, paths } from './schema';

export type { paths };

type Schemas = components['schemas'];

// ---------------------------------------------------------------- accounts and municipalities

export type Locale = Schemas['UserDto']['locale'];
export type CountryCode = Schemas['MunicipalityDto']['country'];

/** Multilingual text: at least the default locale is present. */
export type LocalizedText = Schemas['LocalizedTextDto'];

export type User = Schemas['UserDto'];
export type Me = Schemas['MeDto'];
export type MyStaffRole = Schemas['StaffMembershipDto'];
export type MyOrganization = Schemas['OrganizationMembershipDto'];
export type StaffRole = MyStaffRole['role'];
export type OrganizationRole = MyOrganization['role'];

export type Municipality = Schemas['MunicipalityDto'];
export type MunicipalityInput = Schemas['CreateMunicipalityDto'];
export type MunicipalityUpdate = Schemas['UpdateMunicipalityDto'];
export type SitePage = Schemas['SitePageDto'];
export type SitePageKey = 'accessibility' | 'privacy';
export type MyContribution = Schemas['MyContributionDto'];
export type MyAnsweredForm = Schemas['MyAnsweredFormDto'];
export type StaffMember = Schemas['StaffMemberDto'];
export type UserSummary = Schemas['UserSummaryDto'];

export type Organization = Schemas['OrganizationDto'];
export type OrganizationKind = Organization['kind'];
export type OrganizationMember = Schemas['OrganizationMemberDto'];
export type OrganizationInput = Schemas['CreateOrganizationDto'];
export type Partner = Schemas['PartnerDto'];
export type OrganizationInvitation = Schemas['OrganizationInvitationDto'];
export type MyInvitation = Schemas['MyInvitationDto'];

export type RegisterBody = Schemas['RegisterDto'];
export type LoginBody = Schemas['LoginDto'];
export type AccessToken = Schemas['AccessTokenDto'];
export type LoginResult = Schemas['LoginResponseDto'];
export type UpdateMeBody = Schemas['UpdateMeDto'];

/** GET /me/export: every piece of personal data held, free-form. */
export type PersonalDataExport = Record<string, unknown>;

// ---------------------------------------------------------------- consultations

export type ConsultationSummary = Schemas['ConsultationSummaryDto'];
export type Consultation = Schemas['ConsultationDto'];
export type ConsultationKind = Consultation['kind'];
export type ConsultationStatus = Consultation['status'];
export type Motives = Schemas['MotivesDto'];
export type MotiveItem = keyof Motives;
export type Contact = Schemas['ContactDto'];
export type Section = Schemas['SectionDto'];
export type ConsultationDocument = Schemas['DocumentDto'];
export type DocumentKind = ConsultationDocument['kind'];
export type CreateConsultationBody = Schemas['CreateConsultationDto'];
export type UpdateConsultationBody = Schemas['UpdateConsultationDto'];
export type Deadline = Schemas['DeadlineDto'];
export type SkippedDay = Schemas['SkippedDayDto'];
export type Outcome = Schemas['OutcomeViewDto'];
export type OutcomeResult = Outcome['result'];
export type OutcomeBody = Schemas['OutcomeDto'];

export type Contribution = Schemas['ContributionDto'];
/** A contribution with every field: as the municipality's staff see them all, and everyone one that is not hidden. */
export type ShownContribution = Contribution & Required<Pick<Contribution, 'sectionId' | 'sectionRef' | 'kind' | 'body' | 'author' | 'channel' | 'supportCount' | 'response'>>;
/** False for a hidden contribution as the public gets it: its place (id, parent, date) and the reason only. */
export const isShown = (c: Contribution): c is ShownContribution => c.author !== undefined;
export type ContributionKind = NonNullable<Contribution['kind']>;
export type Channel = NonNullable<Contribution['channel']>;
export type OfflineChannel = Schemas['OfflineContributionDto']['channel'];
export type CreateContributionBody = Schemas['CreateContributionDto'];
export type OfflineContributionBody = Schemas['OfflineContributionDto'];
export type DuplicateGroup = Schemas['DuplicateGroupDto'];
export type Decision = Schemas['RespondDto']['decision'];
export type RespondBody = Schemas['RespondDto'];
export type RespondManyBody = Schemas['RespondManyDto'];

export type Report = Schemas['ReportDto'];
export type ReportItem = Schemas['ReportItemDto'];
export type ReportTotals = Schemas['ReportTotalsDto'];
export type Transparency = Schemas['TransparencyDto'];

export const CONSULTATION_KINDS = ['ordinance', 'strategy', 'plan', 'budget', 'decision', 'other'] as const satisfies readonly ConsultationKind[];
export const CONSULTATION_STATUSES = ['draft', 'upcoming', 'open', 'closed', 'reported', 'decided'] as const satisfies readonly ConsultationStatus[];
export const MOTIVE_ITEMS = ['reasons', 'objectives', 'resources', 'expectedResults', 'euCompliance'] as const satisfies readonly MotiveItem[];
export const DOCUMENT_KINDS = ['draft', 'motives', 'impact_assessment', 'other'] as const satisfies readonly DocumentKind[];
export const DECISIONS = ['accepted', 'partially_accepted', 'not_accepted', 'noted'] as const satisfies readonly Decision[];
export const OFFLINE_CHANNELS = ['email', 'post', 'registry', 'in_person'] as const satisfies readonly OfflineChannel[];
export const OUTCOME_RESULTS = ['adopted', 'amended', 'withdrawn'] as const satisfies readonly OutcomeResult[];

// ---------------------------------------------------------------- errors

export interface FieldError {
  field: string;
  messages: string[];
}

/**
 * Every error answer of the API. `message` is already in the request's language. (The OpenAPI
 * document describes success answers only, so this one shape is written by hand.)
 */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: { fields?: FieldError[] } & Record<string, unknown>;
}
