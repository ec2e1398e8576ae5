import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { PageQuery, WholeListDto } from '../../common/pagination';
import { LocalizedTextDto } from '../../municipalities/dto/municipality.dto';
import { CATEGORIES } from '../participation';
import { REGISTRATION_STATUSES } from '../registration-rules';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateRegistrationDto {
  @ApiPropertyOptional({ description: 'required for guests; a signed-in person’s account name by default' }) @IsOptional() @Transform(trim) @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional({ description: 'required for guests (the confirmation and the cancel link go there)' }) @IsOptional() @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)) @IsEmail() @MaxLength(254) email?: string;
  @ApiProperty({ example: 'Крива Паланка', description: 'the town or village the person lives in' }) @Transform(trim) @IsString() @Length(1, 200) homeSettlement: string;
  @ApiPropertyOptional({ description: 'the home municipality, where it is on the platform (id or slug)' }) @IsOptional() @IsString() @MaxLength(60) homeMunicipalityId?: string;
  @ApiProperty({ example: 'MK', description: 'ISO 3166-1 alpha-2' }) @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)) @Matches(/^[A-Z]{2}$/) country: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'an organisation on the platform' }) @IsOptional() @IsUUID() organizationId?: string;
  @ApiPropertyOptional({ description: 'or the name of one that is not' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(200) organizationName?: string;
  @ApiProperty({ enum: CATEGORIES }) @IsIn(CATEGORIES) category: (typeof CATEGORIES)[number];
  @ApiPropertyOptional({ description: 'officers at the door: register and check in at once (whatever the capacity or the registration dates)' }) @IsOptional() @IsBoolean() walkIn?: boolean;
  @ApiPropertyOptional({ description: 'walk-ins: the meeting day to check in for (today by default)' }) @IsOptional() @IsISO8601({ strict: true }) @MaxLength(10) day?: string;
}

export class CancelRegistrationDto {
  @ApiProperty({ description: 'the token from the link in the confirmation e-mail' }) @IsString() @Length(10, 200) token: string;
}

export class CheckInDto {
  @ApiProperty({ example: 'K7M-4XQ', description: 'as printed, typed or scanned; case, spaces and dashes do not matter' }) @IsString() @Length(1, 40) code: string;
  @ApiPropertyOptional({ description: 'YYYY-MM-DD: the meeting day (today by default), for attendance entered later' }) @IsOptional() @IsISO8601({ strict: true }) @MaxLength(10) day?: string;
}

export class RegistrationListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REGISTRATION_STATUSES }) @IsOptional() @IsIn(REGISTRATION_STATUSES) status?: (typeof REGISTRATION_STATUSES)[number];
  @ApiPropertyOptional({ description: 'name, e-mail, code, settlement or organisation' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(200) q?: string;
}

export class RegistrationCreatedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) meetingId: string;
  @ApiProperty({ example: 'K7M4XQ', description: 'the printable code, shown at the door' }) code: string;
  @ApiProperty({ enum: ['registered', 'waitlisted', 'pending'] }) status: string;
  @ApiProperty({ type: Number, nullable: true, description: 'place on the waiting list (1 = next)' }) waitlistPosition: number | null;
  @ApiProperty({ type: [String], description: 'days checked in (walk-ins)' }) checkedInDays: string[];
}

export class RegistrationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) meetingId: string;
  @ApiProperty() code: string;
  @ApiProperty({ enum: REGISTRATION_STATUSES }) status: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) userId: string | null;
  @ApiProperty() homeSettlement: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) homeMunicipalityId: string | null;
  @ApiProperty() country: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organizationId: string | null;
  @ApiProperty({ type: String, nullable: true }) organizationName: string | null;
  @ApiProperty({ enum: CATEGORIES }) category: string;
  @ApiProperty() walkIn: boolean;
  @ApiProperty({ format: 'date-time' }) registeredAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) promotedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt: string | null;
  @ApiProperty({ type: [String] }) checkedInDays: string[];
  @ApiProperty() attended: boolean;
}

export class RegistrationPageDto {
  @ApiProperty({ type: [RegistrationDto] }) items: RegistrationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class CancelResultDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) meetingId: string;
  @ApiProperty({ enum: ['cancelled'] }) status: string;
}

export class CheckInResultDto {
  @ApiProperty({ format: 'uuid' }) registrationId: string;
  @ApiProperty() code: string;
  @ApiProperty({ description: 'to greet the person at the door' }) name: string;
  @ApiProperty({ type: String, nullable: true }) organizationName: string | null;
  @ApiProperty({ enum: CATEGORIES }) category: string;
  @ApiProperty({ description: 'the day this check-in counts for' }) day: string;
  @ApiProperty({ type: [String] }) checkedInDays: string[];
}

export class MyRegistrationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) meetingId: string;
  @ApiProperty({ type: LocalizedTextDto }) meetingTitle: LocalizedTextDto;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: LocalizedTextDto }) location: LocalizedTextDto;
  @ApiProperty({ enum: ['scheduled', 'cancelled'] }) meetingStatus: string;
  @ApiProperty({ description: 'the host municipality' }) municipalitySlug: string;
  @ApiProperty({ description: 'the host municipality’s time zone: show the meeting’s times in it', example: 'Europe/Sofia' }) timeZone: string;
  @ApiProperty() code: string;
  @ApiProperty({ enum: REGISTRATION_STATUSES }) status: string;
  @ApiProperty({ type: [String] }) checkedInDays: string[];
}

export class MyRegistrationListDto extends WholeListDto {
  @ApiProperty({ type: [MyRegistrationDto] }) items: MyRegistrationDto[];
}
