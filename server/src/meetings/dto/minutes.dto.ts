import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsLocalizedText } from '../../common/localized-text';
import { LocalizedTextDto } from '../../municipalities/dto/municipality.dto';

const LOCALIZED = { oneOf: [{ type: 'string' }, { $ref: '#/components/schemas/LocalizedTextDto' }] };
const nullable = (_: object, v: unknown) => v !== null;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class DecisionDto {
  @ApiProperty(LOCALIZED) @IsLocalizedText({ maxLength: 5000 }) text: string | LocalizedTextDto;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'who carries it out' }) @IsOptional() @ValidateIf(nullable) @Transform(trim) @IsString() @MaxLength(300) responsible?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @ValidateIf(nullable) @IsISO8601({ strict: true }) @MaxLength(10) due?: string | null;
}

export class SaveMinutesDto {
  @ApiProperty({ ...LOCALIZED, description: 'Markdown; the municipality’s default language is needed to publish' }) @IsLocalizedText({ maxLength: 200000, allowEmpty: true }) text: string | LocalizedTextDto;
  @ApiPropertyOptional({ type: [DecisionDto] }) @IsOptional() @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => DecisionDto) decisions?: DecisionDto[];
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'attendance as recorded in the minutes' }) @IsOptional() @ValidateIf(nullable) @IsInt() @Min(0) @Max(1000000) attendeesCount?: number | null;
}

export class PublishMinutesDto {
  @ApiPropertyOptional({ description: 'required for a later version: what was corrected and why' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) note?: string;
}

export class MinutesQuery {
  @ApiPropertyOptional({ description: 'a published version; the latest by default' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) version?: number;
}

export class DecisionViewDto {
  @ApiProperty({ type: LocalizedTextDto }) text: LocalizedTextDto;
  @ApiProperty({ type: String, nullable: true }) responsible: string | null;
  @ApiProperty({ type: String, nullable: true }) due: string | null;
}

export class MinutesDraftDto {
  @ApiProperty({ type: LocalizedTextDto }) text: LocalizedTextDto;
  @ApiProperty({ type: [DecisionViewDto] }) decisions: DecisionViewDto[];
  @ApiProperty({ type: Number, nullable: true }) attendeesCount: number | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class MinutesVersionDto {
  @ApiProperty() version: number;
  @ApiProperty({ type: LocalizedTextDto }) text: LocalizedTextDto;
  @ApiProperty({ type: [DecisionViewDto] }) decisions: DecisionViewDto[];
  @ApiProperty({ type: Number, nullable: true }) attendeesCount: number | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
}

export class MinutesVersionRefDto {
  @ApiProperty() version: number;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
}

export class MinutesDto {
  @ApiProperty({ format: 'uuid' }) meetingId: string;
  @ApiProperty({ type: MinutesDraftDto, nullable: true, description: 'officers only: the text being written' }) draft: MinutesDraftDto | null;
  @ApiProperty({ type: MinutesVersionDto, nullable: true, description: 'the published version asked for (the latest by default)' }) published: MinutesVersionDto | null;
  @ApiProperty({ type: [MinutesVersionRefDto] }) versions: MinutesVersionRefDto[];
}
