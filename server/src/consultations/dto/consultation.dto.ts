import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsISO8601, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsLocalizedText } from '../../common/localized-text';
import { LocalizedTextDto } from '../../municipalities/dto/municipality.dto';
import { PageQuery, WholeListDto } from '../../common/pagination';
import type { ConsultationDocumentView } from '../consultation-documents';
import { CONSULTATION_KINDS } from '../consultation.entity';
import { CONSULTATION_STATUSES } from '../status';
import { ConsultationCanDto } from '../../policy/can.dto';

const LOCALIZED = { oneOf: [{ type: 'string' }, { $ref: '#/components/schemas/LocalizedTextDto' }] };

export class MotivesDto {
  @ApiPropertyOptional(LOCALIZED) @IsOptional() @IsLocalizedText({ maxLength: 20000, allowEmpty: true }) reasons?: string | LocalizedTextDto;
  @ApiPropertyOptional(LOCALIZED) @IsOptional() @IsLocalizedText({ maxLength: 20000, allowEmpty: true }) objectives?: string | LocalizedTextDto;
  @ApiPropertyOptional(LOCALIZED) @IsOptional() @IsLocalizedText({ maxLength: 20000, allowEmpty: true }) resources?: string | LocalizedTextDto;
  @ApiPropertyOptional(LOCALIZED) @IsOptional() @IsLocalizedText({ maxLength: 20000, allowEmpty: true }) expectedResults?: string | LocalizedTextDto;
  @ApiPropertyOptional(LOCALIZED) @IsOptional() @IsLocalizedText({ maxLength: 20000, allowEmpty: true }) euCompliance?: string | LocalizedTextDto;
}

export class ContactDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(254) email?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(60) phone?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300) address?: string;
}

/** The fields of a consultation as created: the required ones without `@IsOptional()`; PATCH takes them all as optional (`PartialType`). */
class ConsultationFields {
  @ApiProperty({ enum: CONSULTATION_KINDS }) @IsIn(CONSULTATION_KINDS) kind: (typeof CONSULTATION_KINDS)[number];
  @ApiProperty(LOCALIZED) @IsLocalizedText({ maxLength: 500 }) title: string | LocalizedTextDto;
  @ApiProperty({ ...LOCALIZED, description: 'required on create, where it may be empty' }) @IsLocalizedText({ maxLength: 5000, allowEmpty: true }) summary: string | LocalizedTextDto;
  @ApiProperty({ ...LOCALIZED, description: 'Markdown; articles "Чл. N" become addressable sections' }) @IsLocalizedText({ maxLength: 500_000 }) body: string | LocalizedTextDto;
  @ApiPropertyOptional({ type: MotivesDto, nullable: true, description: 'ЗНА чл. 28(2); all five items are required to publish an ordinance' }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsObject() @ValidateNested() @Type(() => MotivesDto) motives?: MotivesDto | null;
  @ApiProperty({ oneOf: [{ type: 'string' }, { $ref: '#/components/schemas/ContactDto' }], description: 'who answers questions; required on create, where it may be empty (`{}`)' }) @IsDefined() contact: string | ContactDto;
  @ApiPropertyOptional({ minimum: 1, maximum: 365, default: 30 }) @IsOptional() @IsInt() @Min(1) @Max(365) periodDays?: number;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Required for a period shorter than the full one (ЗНА чл. 26(4))' }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(5000) shortenedReason?: string | null;
}

export class CreateConsultationDto extends ConsultationFields {
  @ApiProperty({ description: 'municipality id (or slug)' }) @IsString() @MaxLength(60) municipalityId: string;
}

/** Every field optional; a field that is given (null included) is checked as on create. */
export class UpdateConsultationDto extends PartialType(ConsultationFields, { skipNullProperties: false }) {
  @ApiPropertyOptional({ description: 'Required once published: why the published draft is corrected (a new version)' }) @IsOptional() @IsString() @MaxLength(2000) correctionNote?: string;
}

export class PublishDto {
  @ApiPropertyOptional({ description: 'YYYY-MM-DD in the municipality’s time zone; today by default, never in the past' }) @IsOptional() @IsISO8601({ strict: true }) @MaxLength(10) publishOn?: string;
}

export class DeadlineQuery {
  @ApiPropertyOptional({ description: 'YYYY-MM-DD; today by default' }) @IsOptional() @IsISO8601({ strict: true }) @MaxLength(10) publishOn?: string;
  @ApiPropertyOptional({ description: 'the consultation’s own period by default' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(365) periodDays?: number;
}

export class ConsultationListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'municipality slug or id' }) @IsOptional() @IsString() @MaxLength(60) municipality?: string;
  @ApiPropertyOptional({ enum: CONSULTATION_STATUSES }) @IsOptional() @IsIn(CONSULTATION_STATUSES) status?: (typeof CONSULTATION_STATUSES)[number];
  @ApiPropertyOptional({ enum: CONSULTATION_KINDS }) @IsOptional() @IsIn(CONSULTATION_KINDS) kind?: (typeof CONSULTATION_KINDS)[number];
  @ApiPropertyOptional({ description: 'full text, Cyrillic included; words match by prefix' }) @IsOptional() @IsString() @MaxLength(200) q?: string;
}

export class SkippedDayDto {
  @ApiProperty() date: string;
  @ApiProperty({ enum: ['weekend', 'holiday', 'declared'] }) kind: string;
  @ApiProperty({ type: LocalizedTextDto }) name: LocalizedTextDto;
}

export class DeadlineDto {
  @ApiProperty({ format: 'date-time', description: 'when proposals would be taken: now if publishOn is today, else 00:00 local on publishOn (the period is still counted from the next day)' }) opensAt: string;
  @ApiProperty({ format: 'date-time', description: 'the end of the last day, in the municipality’s time zone' }) closesAt: string;
  @ApiProperty({ description: 'YYYY-MM-DD' }) lastDay: string;
  @ApiProperty() publishOn: string;
  @ApiProperty() periodDays: number;
  @ApiPropertyOptional({ description: 'the nominal last day, when a weekend or holiday moved it' }) movedFrom?: string;
  @ApiPropertyOptional({ description: 'why it moved, in the request’s language' }) reason?: string;
  @ApiProperty({ type: [SkippedDayDto] }) skippedDays: SkippedDayDto[];
  @ApiProperty({ description: 'the legal minimum for this municipality and reason' }) minimumDays: number;
  @ApiProperty({ description: 'false: publishing would be refused with period_too_short' }) periodAllowed: boolean;
  @ApiProperty({ description: 'false: the built-in holiday table does not cover the year of the last day (North Macedonia beyond its Ramazan Bajram table), so a holiday may be missing; check the date and ask an administrator to enter the missing day' })
  calendarComplete: boolean;
}

export class SectionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Чл. 3' }) ref: string;
  @ApiProperty() title: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: String, nullable: true }) chapter: string | null;
  @ApiProperty() ordinal: number;
  @ApiProperty() contributionCount: number;
}

export class SectionListDto extends WholeListDto {
  @ApiProperty({ type: [SectionDto] }) items: SectionDto[];
}

export class ConsultationSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty() municipalitySlug: string;
  @ApiProperty({ enum: CONSULTATION_KINDS }) kind: string;
  @ApiProperty({ type: LocalizedTextDto }) title: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto }) summary: LocalizedTextDto;
  @ApiProperty({ enum: CONSULTATION_STATUSES }) status: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) opensAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closesAt: string | null;
  @ApiProperty({ type: String, nullable: true }) lastDay: string | null;
}

export class ConsultationPageDto {
  @ApiProperty({ type: [ConsultationSummaryDto] }) items: ConsultationSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class CountsDto {
  @ApiProperty() sections: number;
  @ApiProperty() contributions: number;
  @ApiProperty() proposals: number;
  @ApiProperty() comments: number;
  @ApiProperty() answered: number;
}

export class OutcomeViewDto {
  @ApiProperty({ enum: ['adopted', 'amended', 'withdrawn'] }) result: string;
  @ApiProperty() decisionRef: string;
  @ApiProperty() decidedOn: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

export class ConsultationDto extends ConsultationSummaryDto {
  @ApiProperty({ type: ConsultationCanDto, description: 'what the caller may do with it' }) can: ConsultationCanDto;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reportPublishedAt: string | null;
  @ApiProperty({ type: OutcomeViewDto, nullable: true }) outcome: OutcomeViewDto | null;
  @ApiProperty({ type: LocalizedTextDto }) body: LocalizedTextDto;
  @ApiProperty({ type: MotivesDto, nullable: true }) motives: MotivesDto | null;
  @ApiProperty({ type: ContactDto }) contact: ContactDto;
  @ApiProperty() periodDays: number;
  @ApiProperty({ type: String, nullable: true }) shortenedReason: string | null;
  @ApiProperty({ type: String, nullable: true }) publishOn: string | null;
  @ApiProperty({ type: String, nullable: true }) movedFrom: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ type: [SectionDto] }) sections: SectionDto[];
  @ApiProperty({ type: 'array', items: { $ref: '#/components/schemas/DocumentDto' }, description: 'uploaded documents' }) documents: ConsultationDocumentView[];
  @ApiProperty({ type: CountsDto }) counts: CountsDto;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class VersionDto {
  @ApiProperty({ enum: ['draft', 'report', 'response'] }) subject: string;
  @ApiProperty() version: number;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) snapshot: Record<string, unknown>;
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'line changes of the body against the previous version: {op: "+"|"-"|"=", text}' }) diff: unknown[];
}

export class VersionListDto extends WholeListDto {
  @ApiProperty({ type: [VersionDto] }) items: VersionDto[];
}

export class MunicipalityRefQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() municipalityId?: string;
}
