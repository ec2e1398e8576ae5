import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { LOCALES } from '../../common/locale';
import { DECISIONS } from '../contribution-response.entity';
import { ConsultationCanDto } from '../../policy/can.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RespondDto {
  @ApiProperty({ enum: DECISIONS }) @IsIn(DECISIONS) decision: (typeof DECISIONS)[number];
  @ApiPropertyOptional({ description: 'required unless accepted' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(10000) reasoning?: string;
  @ApiPropertyOptional({ description: 'why an answer is changed after the report is out' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) changeNote?: string;
  @ApiPropertyOptional({ enum: LOCALES, description: 'the language of the reasoning; the request’s Accept-Language when absent' }) @IsOptional() @IsIn(LOCALES) lang?: 'bg' | 'en' | 'mk';
}

export class RespondManyDto extends RespondDto {
  @ApiProperty({ type: [String], format: 'uuid' }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(5000) @IsUUID('all', { each: true }) contributionIds: string[];
}

export class ResponseDto {
  @ApiProperty({ format: 'uuid' }) contributionId: string;
  @ApiProperty({ enum: DECISIONS }) decision: string;
  @ApiProperty() reasoning: string;
  @ApiProperty({ enum: LOCALES, description: 'the language of the reasoning' }) lang: string;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) respondedAt: string;
}

export class RespondManyResultDto {
  @ApiProperty() updated: number;
  @ApiProperty({ type: [ResponseDto] }) items: ResponseDto[];
}

export class PublishReportDto {
  @ApiPropertyOptional({ description: 'required to publish a corrected version of a published report' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) note?: string;
}

export class OutcomeDto {
  @ApiProperty({ enum: ['adopted', 'amended', 'withdrawn'] }) @IsIn(['adopted', 'amended', 'withdrawn']) result: 'adopted' | 'amended' | 'withdrawn';
  @ApiProperty({ description: 'e.g. "Решение № 123 от 28.04.2026 на Общински съвет – Хасково"' }) @Transform(trim) @IsString() @Length(1, 300) decisionRef: string;
  @ApiProperty({ description: 'YYYY-MM-DD' }) @IsISO8601({ strict: true }) @MaxLength(10) decidedOn: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(5000) note?: string;
}

export class ReportItemDto {
  @ApiProperty() number: number;
  @ApiProperty({ format: 'uuid' }) contributionId: string;
  @ApiProperty({ enum: ['comment', 'proposal'] }) kind: string;
  @ApiProperty({ description: 'name when published, else "participant N"' }) author: string;
  @ApiProperty({ type: String, nullable: true }) organization: string | null;
  @ApiProperty() channel: string;
  @ApiProperty({ description: 'YYYY-MM-DD' }) receivedOn: string;
  @ApiProperty({ type: String, nullable: true }) section: string | null;
  @ApiProperty() text: string;
  @ApiProperty({ enum: LOCALES, description: 'the language of text' }) lang: string;
  @ApiProperty({ type: String, nullable: true }) decision: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionLabel: string | null;
  @ApiProperty({ type: String, nullable: true }) reasoning: string | null;
  @ApiProperty({ type: String, nullable: true, enum: LOCALES, description: 'the language of reasoning' }) reasoningLang: string | null;
}

export class ReportTotalsDto {
  @ApiProperty() contributions: number;
  @ApiProperty() proposals: number;
  @ApiProperty() accepted: number;
  @ApiProperty() partially_accepted: number;
  @ApiProperty() not_accepted: number;
  @ApiProperty() noted: number;
  @ApiProperty() unanswered: number;
}

export class ReportDto {
  @ApiProperty({ type: ConsultationCanDto, description: 'what the caller may do with the consultation and its report' }) can: ConsultationCanDto;
  @ApiProperty({ format: 'uuid' }) consultationId: string;
  @ApiProperty() title: string;
  @ApiProperty() published: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ description: '0 for a preview' }) version: number;
  @ApiProperty({ description: 'the "no proposals received" notice' }) noProposals: boolean;
  @ApiProperty({ type: String, nullable: true }) notice: string | null;
  @ApiProperty({ type: ReportTotalsDto }) totals: ReportTotalsDto;
  @ApiProperty({ type: [ReportItemDto] }) items: ReportItemDto[];
  @ApiProperty({ type: [String], description: 'proposals still without an answer (preview only)' }) unansweredIds: string[];
  @ApiProperty({ description: 'how many authors (distinct e-mail addresses) the first publication e-mails; 0 once published' }) authorsToNotify: number;
}
