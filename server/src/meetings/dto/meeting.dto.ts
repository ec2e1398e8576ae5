import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsObject, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsLocalizedText } from '../../common/localized-text';
import { PageQuery } from '../../common/pagination';
import { LocalizedTextDto } from '../../municipalities/dto/municipality.dto';
import { MEETING_KINDS, MEETING_STATUSES } from '../meeting.entity';
import { MeetingCanDto } from '../../policy/can.dto';

const LOCALIZED = { oneOf: [{ type: 'string' }, { $ref: '#/components/schemas/LocalizedTextDto' }] };
const nullable = (_: object, v: unknown) => v !== null;

export class RegistrationSettingsDto {
  @ApiPropertyOptional({ default: false, description: 'registration is open (within the optional dates); unchanged when left out of a PATCH' }) @IsOptional() @IsBoolean() open?: boolean;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) @IsOptional() @ValidateIf(nullable) @IsISO8601({ strict: true }) opensAt?: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'the end of the meeting at the latest' }) @IsOptional() @ValidateIf(nullable) @IsISO8601({ strict: true }) closesAt?: string | null;
  @ApiPropertyOptional({ default: false, description: 'registrations wait for an officer’s approval (status pending)' }) @IsOptional() @IsBoolean() requireApproval?: boolean;
}

export class ProgrammeItemDto {
  @ApiProperty({ description: 'YYYY-MM-DD: one of the meeting’s days in the municipality’s time zone' }) @IsISO8601({ strict: true }) @MaxLength(10) day: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) @IsOptional() @ValidateIf(nullable) @IsISO8601({ strict: true }) startsAt?: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) @IsOptional() @ValidateIf(nullable) @IsISO8601({ strict: true }) endsAt?: string | null;
  @ApiProperty(LOCALIZED) @IsLocalizedText({ maxLength: 500 }) title: string | LocalizedTextDto;
  @ApiPropertyOptional(LOCALIZED) @IsOptional() @IsLocalizedText({ maxLength: 10000, allowEmpty: true }) description?: string | LocalizedTextDto;
}

/** The fields of a meeting as created: the required ones without `@IsOptional()`; PATCH takes them all as optional (`PartialType`). */
class MeetingFields {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'the body that meets; none for a stand-alone event' }) @IsOptional() @ValidateIf(nullable) @IsUUID() bodyId?: string | null;
  @ApiProperty({ enum: MEETING_KINDS }) @IsIn(MEETING_KINDS) kind: (typeof MEETING_KINDS)[number];
  @ApiProperty(LOCALIZED) @IsLocalizedText({ maxLength: 500 }) title: string | LocalizedTextDto;
  @ApiPropertyOptional({ ...LOCALIZED, description: 'Markdown' }) @IsOptional() @IsLocalizedText({ maxLength: 50000, allowEmpty: true }) description?: string | LocalizedTextDto;
  @ApiProperty({ format: 'date-time' }) @IsISO8601({ strict: true }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) @IsISO8601({ strict: true }) endsAt: string;
  @ApiPropertyOptional({ ...LOCALIZED, description: 'the place; required unless there is an online link' }) @IsOptional() @IsLocalizedText({ maxLength: 500, allowEmpty: true }) location?: string | LocalizedTextDto;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'https link to join online' }) @IsOptional() @ValidateIf(nullable) @IsUrl({ protocols: ['http', 'https'], require_protocol: true }) @MaxLength(2000) onlineUrl?: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, description: 'places; beyond it registrations join the waiting list' }) @IsOptional() @ValidateIf(nullable) @IsInt() @Min(1) @Max(100000) capacity?: number | null;
  @ApiPropertyOptional({ type: RegistrationSettingsDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => RegistrationSettingsDto) registration?: RegistrationSettingsDto;
  @ApiPropertyOptional({ type: [ProgrammeItemDto] }) @IsOptional() @IsArray() @ArrayMaxSize(300) @ValidateNested({ each: true }) @Type(() => ProgrammeItemDto) programme?: ProgrammeItemDto[];
  @ApiPropertyOptional({ type: [String], description: 'partner municipalities (ids or slugs), also across the border' }) @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(60, { each: true }) partnerMunicipalityIds?: string[];
}

export class CreateMeetingDto extends MeetingFields {
  @ApiProperty({ description: 'municipality id (or slug)' }) @IsString() @MaxLength(60) municipalityId: string;
}

/** Every field optional; a field that is given (null included) is checked as on create. */
export class UpdateMeetingDto extends PartialType(MeetingFields, { skipNullProperties: false }) {
  @ApiPropertyOptional({ enum: MEETING_STATUSES, description: 'cancelled: registration closes and the registrants are told by e-mail' }) @IsOptional() @IsIn(MEETING_STATUSES) status?: (typeof MEETING_STATUSES)[number];
}

export class MeetingListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'municipality slug or id: the host' }) @IsOptional() @IsString() @MaxLength(60) municipality?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false', description: 'with `municipality`: also the meetings it is a partner of' }) @IsOptional() @IsIn(['true', 'false']) partnered?: 'true' | 'false';
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() body?: string;
  @ApiPropertyOptional({ enum: MEETING_KINDS }) @IsOptional() @IsIn(MEETING_KINDS) kind?: (typeof MEETING_KINDS)[number];
  @ApiPropertyOptional({ description: 'YYYY-MM-DD: meetings on or after this day (in their municipality’s time zone)' }) @IsOptional() @IsISO8601({ strict: true }) @MaxLength(10) from?: string;
  @ApiPropertyOptional({ description: 'YYYY-MM-DD: meetings on or before this day' }) @IsOptional() @IsISO8601({ strict: true }) @MaxLength(10) to?: string;
  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc', description: 'by start' }) @IsOptional() @IsIn(['asc', 'desc']) order?: 'asc' | 'desc';
}

export class FeedQuery {
  @ApiPropertyOptional({ description: 'municipality slug or id' }) @IsOptional() @IsString() @MaxLength(60) municipality?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() body?: string;
  @ApiPropertyOptional({ enum: ['bg', 'en', 'mk'], description: 'the language of the texts (calendar apps send no Accept-Language)' }) @IsOptional() @IsIn(['bg', 'en', 'mk']) lang?: 'bg' | 'en' | 'mk';
}

export class LangQuery {
  @ApiPropertyOptional({ enum: ['bg', 'en', 'mk'] }) @IsOptional() @IsIn(['bg', 'en', 'mk']) lang?: 'bg' | 'en' | 'mk';
}

export class RegistrationStateDto {
  @ApiProperty() open: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) opensAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closesAt: string | null;
  @ApiProperty() requireApproval: boolean;
  @ApiProperty({ description: 'one can register now' }) isOpen: boolean;
  @ApiProperty({ type: String, nullable: true, enum: ['cancelled', 'closed', 'not_yet_open', 'deadline_passed', 'meeting_over'] }) closedReason: string | null;
}

export class ProgrammeItemViewDto {
  @ApiProperty() day: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startsAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endsAt: string | null;
  @ApiProperty({ type: LocalizedTextDto }) title: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto }) description: LocalizedTextDto;
}

export class PartnerMunicipalityDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty({ type: LocalizedTextDto }) name: LocalizedTextDto;
  @ApiProperty({ enum: ['BG', 'MK'] }) country: string;
}

export class BodyRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: LocalizedTextDto }) name: LocalizedTextDto;
  @ApiProperty() kind: string;
  @ApiProperty({ enum: ['public', 'private'] }) visibility: string;
}

export class RegistrationCountsDto {
  @ApiProperty() registered: number;
  @ApiProperty() waitlisted: number;
  @ApiProperty() pending: number;
  @ApiProperty({ description: 'checked in on at least one day' }) attended: number;
}

export class MinutesRefDto {
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
}

export class MeetingSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty() municipalitySlug: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) bodyId: string | null;
  @ApiProperty({ enum: MEETING_KINDS }) kind: string;
  @ApiProperty({ type: LocalizedTextDto }) title: LocalizedTextDto;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: [String], description: 'the meeting’s days, YYYY-MM-DD in its municipality' }) days: string[];
  @ApiProperty({ type: LocalizedTextDto }) location: LocalizedTextDto;
  @ApiProperty({ type: String, nullable: true }) onlineUrl: string | null;
  @ApiProperty({ enum: MEETING_STATUSES }) status: string;
  @ApiProperty({ type: Number, nullable: true }) capacity: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'places left; null with no capacity' }) seatsLeft: number | null;
  @ApiProperty({ type: RegistrationStateDto }) registration: RegistrationStateDto;
}

export class MeetingPageDto {
  @ApiProperty({ type: [MeetingSummaryDto] }) items: MeetingSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class MeetingDto extends MeetingSummaryDto {
  @ApiProperty({ type: MeetingCanDto, description: 'what the caller may do with it' }) can: MeetingCanDto;
  @ApiProperty({ type: BodyRefDto, nullable: true }) body: BodyRefDto | null;
  @ApiProperty({ type: LocalizedTextDto }) description: LocalizedTextDto;
  @ApiProperty({ type: [ProgrammeItemViewDto] }) programme: ProgrammeItemViewDto[];
  @ApiProperty({ type: [String], format: 'uuid' }) partnerMunicipalityIds: string[];
  @ApiProperty({ type: [PartnerMunicipalityDto] }) partners: PartnerMunicipalityDto[];
  @ApiProperty({ type: RegistrationCountsDto }) counts: RegistrationCountsDto;
  @ApiProperty({ type: MinutesRefDto, nullable: true, description: 'the latest published minutes' }) minutes: MinutesRefDto | null;
  @ApiProperty({ description: 'the caller may manage it (an officer of its municipality)' }) canManage: boolean;
  @ApiProperty({ description: 'the meeting as iCalendar' }) icsUrl: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
