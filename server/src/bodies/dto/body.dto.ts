import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateIf } from 'class-validator';
import { IsLocalizedText } from '../../common/localized-text';
import { PageQuery, WholeListDto } from '../../common/pagination';
import { LocalizedTextDto } from '../../municipalities/dto/municipality.dto';
import { BODY_KINDS, BODY_STATUSES, BODY_VISIBILITIES, MEMBER_INVITATIONS, MEMBER_ROLES } from '../body.entity';
import { BodyCanDto } from '../../policy/can.dto';

const LOCALIZED = { oneOf: [{ type: 'string' }, { $ref: '#/components/schemas/LocalizedTextDto' }] };
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The fields of a body as created: the required ones without `@IsOptional()`; PATCH takes them all as optional (`PartialType`). */
class BodyFields {
  @ApiProperty({ enum: BODY_KINDS }) @IsIn(BODY_KINDS) kind: (typeof BODY_KINDS)[number];
  @ApiProperty(LOCALIZED) @IsLocalizedText({ maxLength: 300 }) name: string | LocalizedTextDto;
  @ApiPropertyOptional({ ...LOCALIZED, description: 'Markdown: what the body is for and what it may decide' }) @IsOptional() @IsLocalizedText({ maxLength: 20000, allowEmpty: true }) mandate?: string | LocalizedTextDto;
  @ApiPropertyOptional({ enum: BODY_VISIBILITIES, default: 'public', description: 'private: members and minutes only for its members and the municipality’s staff' }) @IsOptional() @IsIn(BODY_VISIBILITIES) visibility?: (typeof BODY_VISIBILITIES)[number];
  @ApiPropertyOptional({ enum: BODY_STATUSES, default: 'active' }) @IsOptional() @IsIn(BODY_STATUSES) status?: (typeof BODY_STATUSES)[number];
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'consultations of the same municipality the body worked on (replaces the list)' }) @IsOptional() @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true }) consultationIds?: string[];
}

export class CreateBodyDto extends BodyFields {
  @ApiProperty({ description: 'municipality id (or slug)' }) @IsString() @MaxLength(60) municipalityId: string;
}

/** Every field optional; a field that is given (null included) is checked as on create. */
export class UpdateBodyDto extends PartialType(BodyFields, { skipNullProperties: false }) {}

export class BodyListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'municipality slug or id' }) @IsOptional() @IsString() @MaxLength(60) municipality?: string;
  @ApiPropertyOptional({ enum: BODY_KINDS }) @IsOptional() @IsIn(BODY_KINDS) kind?: (typeof BODY_KINDS)[number];
  @ApiPropertyOptional({ enum: BODY_STATUSES }) @IsOptional() @IsIn(BODY_STATUSES) status?: (typeof BODY_STATUSES)[number];
}

export class AddMemberDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'a registered user; or give `email` to invite a person by address, or `name` for an outsider' }) @IsOptional() @IsUUID() userId?: string;
  @ApiPropertyOptional({ description: 'the name of an outsider (someone without an account); with `email`, the name shown on the roster until the invitation is answered (else the address’s part before @)' }) @IsOptional() @Transform(trim) @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional({ format: 'email', description: 'invites the address, with or without an account (the answer is the same): how officers, who cannot search accounts, name a person; an account that verifies the address gets the invitation' })
  @IsOptional()
  @Transform(trim)
  @IsEmail()
  @MaxLength(254)
  email?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'the organisation the member represents' }) @IsOptional() @IsUUID() organizationId?: string;
  @ApiProperty({ enum: MEMBER_ROLES }) @IsIn(MEMBER_ROLES) role: (typeof MEMBER_ROLES)[number];
  @ApiProperty({ description: 'YYYY-MM-DD, the first day of the term' }) @IsISO8601({ strict: true }) @MaxLength(10) since: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'YYYY-MM-DD, the last day of the term; open-ended when absent' }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsISO8601({ strict: true }) @MaxLength(10) until?: string | null;
}

export class UpdateMemberDto {
  @ApiPropertyOptional({ description: 'outsiders only: a corrected name' }) @IsOptional() @Transform(trim) @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() organizationId?: string | null;
  @ApiPropertyOptional({ enum: MEMBER_ROLES }) @IsOptional() @IsIn(MEMBER_ROLES) role?: (typeof MEMBER_ROLES)[number];
  @ApiPropertyOptional({ description: 'YYYY-MM-DD' }) @IsOptional() @IsISO8601({ strict: true }) @MaxLength(10) since?: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'YYYY-MM-DD; null reopens the term' }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsISO8601({ strict: true }) @MaxLength(10) until?: string | null;
}

export class MemberListQuery {
  @ApiPropertyOptional({ enum: ['current', 'past', 'all'], default: 'all', description: 'current also lists terms that have yet to begin' }) @IsOptional() @IsIn(['current', 'past', 'all']) when?: 'current' | 'past' | 'all';
}

export class MemberDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null for an outsider, and for an invitation by address until it is answered' }) userId: string | null;
  @ApiProperty({ description: 'the user’s display name, or the outsider’s name' }) name: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organizationId: string | null;
  @ApiProperty({ type: String, nullable: true }) organizationName: string | null;
  @ApiProperty({ enum: MEMBER_ROLES }) role: string;
  @ApiProperty({ description: 'YYYY-MM-DD' }) since: string;
  @ApiProperty({ type: String, nullable: true }) until: string | null;
  @ApiProperty({ enum: ['upcoming', 'current', 'past'] }) term: string;
  @ApiProperty({
    type: String,
    enum: MEMBER_INVITATIONS,
    nullable: true,
    description: 'a registered user: pending until they accept the invitation (only an accepted member has rights); declined ones are listed for the staff only; null for a named outsider',
  })
  invitation: (typeof MEMBER_INVITATIONS)[number] | null;
}

export class MemberListDto extends WholeListDto {
  @ApiProperty({ type: [MemberDto] }) items: MemberDto[];
}

export class LinkedConsultationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: LocalizedTextDto }) title: LocalizedTextDto;
  @ApiProperty({ enum: ['draft', 'upcoming', 'open', 'closed', 'reported', 'decided'] }) status: string;
}

export class BodySummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty() municipalitySlug: string;
  @ApiProperty({ enum: BODY_KINDS }) kind: string;
  @ApiProperty({ type: LocalizedTextDto }) name: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto, description: 'Markdown: what the body is for and what it may decide' }) mandate: LocalizedTextDto;
  @ApiProperty({ enum: BODY_VISIBILITIES }) visibility: string;
  @ApiProperty({ enum: BODY_STATUSES }) status: string;
  @ApiProperty({ description: 'members whose term is current' }) memberCount: number;
}

export class BodyPageDto {
  @ApiProperty({ type: [BodySummaryDto] }) items: BodySummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class BodyDto extends BodySummaryDto {
  @ApiProperty({ type: BodyCanDto, description: 'what the caller may do with it' }) can: BodyCanDto;
  @ApiProperty({ type: [MemberDto], description: 'current members and those whose term is yet to begin' }) members: MemberDto[];
  @ApiProperty({ type: [MemberDto], description: 'members whose term has ended: the history of the body' }) pastMembers: MemberDto[];
  @ApiProperty({ type: [LinkedConsultationDto], description: 'consultations the body worked on that the caller may see' }) consultations: LinkedConsultationDto[];
  @ApiProperty({ description: 'the caller is a current member (who accepted the invitation)' }) isMember: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the caller’s invitation to this body waiting for an answer (answered at /api/me/body-invitations)' }) myInvitationId: string | null;
  @ApiProperty({ description: 'the caller may manage the body (an officer of its municipality)' }) canManage: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** An invitation to a body waiting for the signed-in person's answer. */
export class MyBodyInvitationDto {
  @ApiProperty({ format: 'uuid', description: 'the membership (its id in the body’s member list)' }) id: string;
  @ApiProperty({ format: 'uuid' }) bodyId: string;
  @ApiProperty({ type: LocalizedTextDto }) bodyName: LocalizedTextDto;
  @ApiProperty({ enum: BODY_KINDS }) bodyKind: string;
  @ApiProperty({ enum: BODY_VISIBILITIES }) visibility: string;
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty({ type: LocalizedTextDto }) municipalityName: LocalizedTextDto;
  @ApiProperty() municipalitySlug: string;
  @ApiProperty({ enum: MEMBER_ROLES }) role: string;
  @ApiProperty({ description: 'YYYY-MM-DD' }) since: string;
  @ApiProperty({ type: String, nullable: true }) until: string | null;
  @ApiProperty({ enum: MEMBER_INVITATIONS }) invitation: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class MyBodyInvitationListDto extends WholeListDto {
  @ApiProperty({ type: [MyBodyInvitationDto] }) items: MyBodyInvitationDto[];
}
