import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsEmail, IsIn, IsObject, IsOptional, IsString, IsUrl, Length, Matches, MaxLength, ValidateNested, registerDecorator } from 'class-validator';
import { LOCALES } from '../../common/locale';
import { WholeListDto } from '../../common/pagination';
import type { Municipality } from '../municipality.entity';

export class LocalizedTextDto {
  @ApiPropertyOptional({ example: 'Хасково' }) @IsOptional() @IsString() @Length(1, 200) bg?: string;
  @ApiPropertyOptional({ example: 'Haskovo' }) @IsOptional() @IsString() @Length(1, 200) en?: string;
  @ApiPropertyOptional({ example: 'Хасково' }) @IsOptional() @IsString() @Length(1, 200) mk?: string;
}

export function IsTimeZone() {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isTimeZone',
      target: object.constructor,
      propertyName,
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string') return false;
          try {
            new Intl.DateTimeFormat('en', { timeZone: value });
            return true;
          } catch {
            return false;
          }
        },
        defaultMessage: () => `${propertyName} must be an IANA time zone such as Europe/Sofia`,
      },
    });
}

export class MunicipalityDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'haskovo' }) slug: string;
  @ApiProperty({ type: LocalizedTextDto }) name: LocalizedTextDto;
  @ApiProperty({ enum: ['BG', 'MK'] }) country: string;
  @ApiProperty({ example: 'Europe/Sofia' }) timeZone: string;
  @ApiProperty({ enum: LOCALES }) defaultLocale: string;
  @ApiProperty({ type: LocalizedTextDto, nullable: true, description: 'postal address of the municipality’s administration' }) address: LocalizedTextDto | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the e-mail address for the public' }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) website: string | null;
  @ApiProperty({ type: LocalizedTextDto, nullable: true }) officeHours: LocalizedTextDto | null;
  @ApiProperty({ type: String, nullable: true, description: 'the data protection officer, listed on the privacy notice' }) dpoName: string | null;
  @ApiProperty({ type: String, nullable: true }) dpoEmail: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'HKV34', description: 'the official code in the country’s register (EKATTE in Bulgaria)' }) officialCode: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'HKV34', description: 'Eurostat’s LAU code (in Bulgaria the EKATTE municipality code)' }) lauCode: string | null;
  @ApiProperty({ type: String, nullable: true, example: '/api/municipalities/…/coat-of-arms?v=…', description: 'the coat of arms image, when one was uploaded' }) coatOfArmsUrl: string | null;
}

export class MunicipalityPageDto {
  @ApiProperty({ type: [MunicipalityDto] }) items: MunicipalityDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export function toMunicipalityDto(m: Municipality): MunicipalityDto {
  return {
    id: m.id,
    slug: m.slug,
    name: m.name,
    country: m.country,
    timeZone: m.timeZone,
    defaultLocale: m.defaultLocale,
    address: m.address ?? null,
    phone: m.phone ?? null,
    email: m.email ?? null,
    website: m.website ?? null,
    officeHours: m.officeHours ?? null,
    dpoName: m.dpoName ?? null,
    dpoEmail: m.dpoEmail ?? null,
    officialCode: m.officialCode ?? null,
    lauCode: m.lauCode ?? null,
    coatOfArmsUrl: m.coatOfArmsKey && m.coatOfArmsUpdatedAt ? `/api/municipalities/${m.id}/coat-of-arms?v=${m.coatOfArmsUpdatedAt.getTime()}` : null,
  };
}

export class CreateMunicipalityDto {
  @ApiProperty({ example: 'haskovo', description: 'lower-case letters, digits and dashes' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  @MaxLength(60)
  slug: string;

  @ApiProperty({ type: LocalizedTextDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  name: LocalizedTextDto;

  @ApiProperty({ enum: ['BG', 'MK'] })
  @IsIn(['BG', 'MK'])
  country: 'BG' | 'MK';

  @ApiProperty({ example: 'Europe/Sofia' })
  @IsTimeZone()
  timeZone: string;

  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  defaultLocale: 'bg' | 'en' | 'mk';
}

export class UpdateMunicipalityDto {
  @ApiPropertyOptional() @IsOptional() @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)) @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/) @MaxLength(60) slug?: string;
  @ApiPropertyOptional({ type: LocalizedTextDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => LocalizedTextDto) name?: LocalizedTextDto;
  @ApiPropertyOptional({ enum: ['BG', 'MK'] }) @IsOptional() @IsIn(['BG', 'MK']) country?: 'BG' | 'MK';
  @ApiPropertyOptional() @IsOptional() @IsTimeZone() timeZone?: string;
  @ApiPropertyOptional({ enum: LOCALES }) @IsOptional() @IsIn(LOCALES) defaultLocale?: 'bg' | 'en' | 'mk';
  // contact details and the data protection officer: null (or an empty text) clears one
  @ApiPropertyOptional({ type: LocalizedTextDto, nullable: true }) @IsOptional() @IsObject() @ValidateNested() @Type(() => LocalizedTextDto) address?: LocalizedTextDto | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @Transform(blankToNull) @IsString() @MaxLength(50) @Matches(/^[0-9+()\-./ ]*$/) phone?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @Transform(blankToNull) @IsEmail() @MaxLength(200) email?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://www.haskovo.bg' }) @IsOptional() @Transform(blankToNull) @IsUrl({ protocols: ['http', 'https'], require_protocol: true }) @MaxLength(300) website?: string | null;
  @ApiPropertyOptional({ type: LocalizedTextDto, nullable: true }) @IsOptional() @IsObject() @ValidateNested() @Type(() => LocalizedTextDto) officeHours?: LocalizedTextDto | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @Transform(blankToNull) @IsString() @MaxLength(200) dpoName?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @Transform(blankToNull) @IsEmail() @MaxLength(200) dpoEmail?: string | null;
  // official codes for open data portals: capital letters and digits, as the registers write them
  @ApiPropertyOptional({ type: String, nullable: true, example: 'HKV34', description: 'EKATTE municipality code in Bulgaria; the official code in North Macedonia' }) @IsOptional() @Transform(blankToNull) @IsString() @Matches(/^[A-Z0-9]{2,12}$/) officialCode?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'HKV34', description: 'Eurostat LAU code' }) @IsOptional() @Transform(blankToNull) @IsString() @Matches(/^[A-Z0-9]{2,12}$/) lauCode?: string | null;
}

function blankToNull({ value }: { value: unknown }): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export class StaffRoleDto {
  @ApiProperty({ enum: ['officer', 'moderator'] })
  @IsIn(['officer', 'moderator'])
  role: 'officer' | 'moderator';
}

export class StaffMemberDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ['officer', 'moderator'] }) role: string;
}

export class StaffListDto extends WholeListDto {
  @ApiProperty({ type: [StaffMemberDto] }) items: StaffMemberDto[];
}
