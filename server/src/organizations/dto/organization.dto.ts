import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { PageQuery, WholeListDto } from '../../common/pagination';
import { ORGANIZATION_KINDS, Organization } from '../organization.entity';
import { OrganizationCanDto } from '../../policy/can.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateOrganizationDto {
  @ApiProperty({ example: 'Алианс за регионално сътрудничество и развитие' }) @Transform(trim) @IsString() @Length(2, 200) name: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) @IsIn(ORGANIZATION_KINDS) kind: (typeof ORGANIZATION_KINDS)[number];
  @ApiPropertyOptional({ description: 'e.g. the EIK/BULSTAT number' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(40) registrationNumber?: string;
}

export class OrganizationMemberDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ['representative', 'member'] }) role: string;
}

export class OrganizationDto {
  @ApiPropertyOptional({ type: OrganizationCanDto, description: 'what the caller may do with it (on the organisation itself, not in lists)' }) can?: OrganizationCanDto;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind: string;
  @ApiProperty({ type: String, nullable: true }) registrationNumber: string | null;
  @ApiProperty() verified: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) verifiedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({ type: [OrganizationMemberDto] }) members?: OrganizationMemberDto[];
}

export class OrganizationPageDto {
  @ApiProperty({ type: [OrganizationDto] }) items: OrganizationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export function toOrganizationDto(o: Organization, members?: OrganizationMemberDto[]): OrganizationDto {
  return {
    id: o.id,
    name: o.name,
    kind: o.kind,
    registrationNumber: o.registrationNumber,
    verified: o.verifiedAt !== null,
    verifiedAt: o.verifiedAt?.toISOString() ?? null,
    createdAt: o.createdAt.toISOString(),
    ...(members ? { members } : {}),
  };
}

export class AddOrganizationMemberDto {
  @ApiProperty({ description: 'the address to invite; the answer is the same whether or not it has an account' }) @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)) @IsEmail() @MaxLength(254) email: string;
  @ApiPropertyOptional({ enum: ['representative', 'member'], default: 'member' }) @IsOptional() @IsIn(['representative', 'member']) role?: 'representative' | 'member';
}

/** A pending invitation as its organisation's representatives see it. */
export class OrganizationInvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ['representative', 'member'] }) role: string;
  @ApiProperty({ enum: ['pending'] }) status: 'pending';
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class OrganizationInvitationListDto extends WholeListDto {
  @ApiProperty({ type: [OrganizationInvitationDto] }) items: OrganizationInvitationDto[];
}

/** A pending invitation as the invited person sees it. */
export class MyInvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() organizationVerified: boolean;
  @ApiProperty({ enum: ['representative', 'member'] }) role: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class MyInvitationListDto extends WholeListDto {
  @ApiProperty({ type: [MyInvitationDto] }) items: MyInvitationDto[];
}

export class PartnerDto {
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind: string;
  @ApiProperty() verified: boolean;
  @ApiProperty({ format: 'date-time' }) since: string;
}

export class PartnerListDto extends WholeListDto {
  @ApiProperty({ type: [PartnerDto] }) items: PartnerDto[];
}

export class OrganizationListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'] }) @IsOptional() @IsIn(['true', 'false']) verified?: 'true' | 'false';
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) q?: string;
}
