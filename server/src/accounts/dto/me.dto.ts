import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches, MaxLength, ValidateIf } from 'class-validator';
import { LOCALES } from '../../common/locale';
import { PageQuery } from '../../common/pagination';
import { UserDto } from '../../users/dto/user.dto';
import { IsOmittable } from '../../common/validation';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class StaffMembershipDto {
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty() municipalitySlug: string;
  @ApiProperty({ enum: ['officer', 'moderator'] }) role: string;
}

export class OrganizationMembershipDto {
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['representative', 'member'] }) role: string;
  @ApiProperty() verified: boolean;
}

export class MeDto extends UserDto {
  @ApiProperty({ type: [StaffMembershipDto] }) staff: StaffMembershipDto[];
  @ApiProperty({ type: [OrganizationMembershipDto] }) organizations: OrganizationMembershipDto[];
  @ApiProperty({ type: [String], format: 'uuid', description: 'municipalities I follow (e-mail on new consultations)' }) follows: string[];
  @ApiProperty({ description: 'single-key shortcuts (J, K, N on the answering page) are on; true unless turned off' }) keyboardShortcuts: boolean;
}

export class UpdateMeDto {
  @ApiPropertyOptional() @IsOmittable() @Transform(trim) @IsString() @Length(1, 120) displayName?: string;
  @ApiPropertyOptional({ enum: LOCALES }) @IsOmittable() @IsIn(LOCALES) locale?: 'bg' | 'en' | 'mk';
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @Transform(trim) @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(120) homeSettlement?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)) @ValidateIf((_, v) => v !== null) @Matches(/^[A-Z]{2}$/) country?: string | null;
  @ApiPropertyOptional({ description: 'turns the single-key shortcuts on or off' }) @IsOmittable() @IsBoolean() keyboardShortcuts?: boolean;
}

export class UserSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
}

export class UserPageDto {
  @ApiProperty({ type: [UserSummaryDto] }) items: UserSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class UserSearchQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'part of the e-mail or name' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
}
