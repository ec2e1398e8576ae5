import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { LOCALES } from '../../common/locale';
import { PageQuery } from '../../common/pagination';
import { CHANNELS, CONTRIBUTION_KINDS } from '../contribution.entity';
import { ContributionCanDto } from '../../policy/can.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateContributionDto {
  @ApiProperty({ enum: CONTRIBUTION_KINDS }) @IsIn(CONTRIBUTION_KINDS) kind: 'comment' | 'proposal';
  @ApiProperty({ minLength: 1, maxLength: 10000 }) @Transform(trim) @IsString() @Length(1, 10000) body: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'a section of the draft; the whole draft when absent' }) @IsOptional() @IsUUID() sectionId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'a reply in a thread' }) @IsOptional() @IsUUID() parentId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'a verified organisation the author is a member of' }) @IsOptional() @IsUUID() onBehalfOf?: string;
  @ApiProperty({ description: 'false: shown as "participant N"' }) @IsBoolean() publishName: boolean;
  @ApiPropertyOptional({ enum: LOCALES, description: 'the language of the text; the request’s Accept-Language when absent' }) @IsOptional() @IsIn(LOCALES) lang?: 'bg' | 'en' | 'mk';
}

export class OfflineContributionDto {
  @ApiProperty({ enum: CHANNELS.filter((c) => c !== 'online') }) @IsIn(CHANNELS.filter((c) => c !== 'online')) channel: 'email' | 'post' | 'registry' | 'in_person';
  @ApiProperty({ description: 'when it reached the municipality; must fall inside the consultation period' }) @IsISO8601() receivedAt: string;
  @ApiProperty() @Transform(trim) @IsString() @Length(1, 200) authorName: string;
  @ApiPropertyOptional() @IsOptional() @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)) @IsEmail() authorEmail?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(200) organizationName?: string;
  @ApiProperty({ enum: CONTRIBUTION_KINDS }) @IsIn(CONTRIBUTION_KINDS) kind: 'comment' | 'proposal';
  @ApiProperty({ minLength: 1, maxLength: 10000 }) @Transform(trim) @IsString() @Length(1, 10000) body: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() sectionId?: string;
  @ApiPropertyOptional({ description: 'publish the author’s name in the report (they agreed to it)', default: false }) @IsOptional() @IsBoolean() publishName?: boolean;
  @ApiPropertyOptional({ enum: LOCALES, description: 'the language of the text; the municipality’s language when absent' }) @IsOptional() @IsIn(LOCALES) lang?: 'bg' | 'en' | 'mk';
}

export class ReasonDto {
  @ApiProperty() @Transform(trim) @IsString() @Length(1, 1000) reason: string;
}

export class OptionalReasonDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) reason?: string;
}

export class ContributionListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['newest', 'oldest', 'supported'], default: 'newest' }) @IsOptional() @IsIn(['newest', 'oldest', 'supported']) sort?: 'newest' | 'oldest' | 'supported';
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() section?: string;
  @ApiPropertyOptional({ enum: CONTRIBUTION_KINDS }) @IsOptional() @IsIn(CONTRIBUTION_KINDS) kind?: 'comment' | 'proposal';
  @ApiPropertyOptional({ description: '"none" for top-level ones only, or the id of a contribution for its replies' }) @IsOptional() @IsString() @MaxLength(40) parent?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'only those with (or without) an answer from the municipality' }) @IsOptional() @IsIn(['true', 'false']) answered?: 'true' | 'false';
}

export class AuthorDto {
  @ApiProperty({ description: 'the published name, or "participant N"' }) name: string;
  @ApiProperty({ type: String, nullable: true }) organization: string | null;
}

export class ResponseSummaryDto {
  @ApiProperty({ enum: ['accepted', 'partially_accepted', 'not_accepted', 'noted'] }) decision: string;
  @ApiProperty() reasoning: string;
  @ApiProperty({ enum: LOCALES, description: 'the language of the reasoning' }) lang: string;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) respondedAt: string;
}

/**
 * A hidden contribution carries, for anyone but its municipality's moderators and officers, only
 * `id`, `consultationId`, `parentId`, `receivedAt`, `hidden: true` and `hiddenReason`; the fields
 * marked "absent when hidden" are left out.
 */
export class ContributionDto {
  @ApiPropertyOptional({ type: ContributionCanDto, description: 'what the caller may do with it; absent where a hidden contribution shows only its place and the reason' }) can?: ContributionCanDto;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) consultationId: string;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid', description: 'absent when hidden' }) sectionId?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'absent when hidden' }) sectionRef?: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) parentId: string | null;
  @ApiPropertyOptional({ enum: CONTRIBUTION_KINDS, description: 'absent when hidden' }) kind?: string;
  @ApiPropertyOptional({ description: 'absent when hidden (staff still see it)' }) body?: string;
  @ApiPropertyOptional({ enum: LOCALES, description: 'the language of body; absent when hidden' }) lang?: string;
  @ApiPropertyOptional({ type: AuthorDto, description: 'absent when hidden' }) author?: AuthorDto;
  @ApiPropertyOptional({ enum: CHANNELS, description: 'absent when hidden' }) channel?: string;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiPropertyOptional({ description: 'absent when hidden' }) supportCount?: number;
  @ApiPropertyOptional({ description: 'the caller supports it' }) supportedByMe?: boolean;
  @ApiPropertyOptional({ description: 'the caller wrote it' }) mine?: boolean;
  @ApiProperty() hidden: boolean;
  @ApiProperty({ type: String, nullable: true }) hiddenReason: string | null;
  @ApiPropertyOptional({ description: 'staff only: how many flagged it' }) flagCount?: number;
  @ApiPropertyOptional({ type: ResponseSummaryDto, nullable: true, description: 'the municipality’s answer, once given; absent when hidden' }) response?: ResponseSummaryDto | null;
}

export class ContributionPageDto {
  @ApiProperty({ type: [ContributionDto] }) items: ContributionDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class SupportDto {
  @ApiProperty() supported: boolean;
  @ApiProperty() supportCount: number;
}

export class FlagResultDto {
  @ApiProperty() flagged: boolean;
}

export class DuplicateGroupDto {
  @ApiProperty({ type: [String], format: 'uuid' }) contributionIds: string[];
  @ApiProperty({ description: 'the text of one of them' }) sample: string;
  @ApiProperty() size: number;
}

export class DuplicatesDto {
  @ApiProperty({ type: [DuplicateGroupDto] }) groups: DuplicateGroupDto[];
}
