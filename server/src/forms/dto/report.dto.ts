import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { LocalizedTextDto } from '../../municipalities/dto/municipality.dto';
import { QUESTION_TYPES } from '../questions';

export class ReportPeriodQuery {
  @ApiPropertyOptional({ description: 'YYYY-MM-DD: responses whose group was complete from this day' }) @IsOptional() @IsISO8601({ strict: true }) @MaxLength(10) from?: string;
  @ApiPropertyOptional({ description: 'YYYY-MM-DD: responses whose group was complete up to this day, inclusive' }) @IsOptional() @IsISO8601({ strict: true }) @MaxLength(10) to?: string;
}

export class SatisfactionQuery extends ReportPeriodQuery {
  @ApiProperty({ description: 'municipality id or slug' }) @IsString() @MaxLength(60) municipalityId: string;
}

export class ReportCellDto {
  @ApiProperty({ oneOf: [{ type: 'integer' }, { type: 'string' }], description: 'the scale value (numeric questions) or the option key (choices)' }) option: number | string;
  @ApiPropertyOptional({ description: 'absent when suppressed' }) count?: number;
  @ApiPropertyOptional({ description: 'count ÷ n, 0–1 to four decimals; for multiple choice the shares add up to more than 1' }) share?: number;
  @ApiPropertyOptional({ enum: [true], description: 'the count is below the form’s minimum group size, or would reveal one by subtraction' }) suppressed?: true;
}

export class QuestionReportDto {
  @ApiProperty() key: string;
  @ApiProperty({ enum: QUESTION_TYPES }) type: string;
  @ApiProperty({ type: LocalizedTextDto }) label: LocalizedTextDto;
  @ApiProperty({ type: Number, nullable: true, description: 'respondents who answered; null when the whole question is suppressed' }) n: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'numeric questions, two decimals' }) mean?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'numeric questions (percentile_cont 0.5)' }) median?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'NPS questions: % promoters (9–10) − % detractors (0–6), one decimal' }) nps?: number | null;
  @ApiProperty({ type: [ReportCellDto], description: 'every option in the form’s order (scale values for numeric questions); empty for texts' }) distribution: ReportCellDto[];
  @ApiPropertyOptional({ type: [String], description: 'text questions: the answers (at most 500), for officers and partner NGOs, or everyone when results are published' }) texts?: string[];
  @ApiPropertyOptional({ type: [String], enum: ['bg', 'en', 'mk'], description: 'the language of each of texts, in the same order' }) textLangs?: string[];
  @ApiPropertyOptional({ enum: [true], description: 'fewer answers than the minimum group size: nothing of the question is shown' }) suppressed?: true;
}

export class FormReportDto {
  @ApiProperty({ format: 'uuid' }) formId: string;
  @ApiProperty({ description: 'responses in the period: whole groups, by the day each group was complete (see minGroupSize)' }) responses: number;
  @ApiProperty({
    description:
      'answers not yet in the figures: those waiting for their group (answers join the reports in whole groups of at least minGroupSize, each dated the day it was complete) and, while the form is open, its last group; 0 once the form is closed, unless it was reopened and fewer than minGroupSize came in after',
  })
  pendingResponses: number;
  @ApiProperty() minGroupSize: number;
  @ApiProperty() anonymous: boolean;
  @ApiProperty({ type: String, nullable: true }) from: string | null;
  @ApiProperty({ type: String, nullable: true }) to: string | null;
  @ApiProperty({ description: 'the caller sees free-text answers' }) withTexts: boolean;
  @ApiProperty({ type: [QuestionReportDto] }) questions: QuestionReportDto[];
}

export class ActivityDto {
  @ApiProperty({ enum: ['consultation', 'meeting', 'body', 'form'], description: 'the forms’ subject; `form` for a form about nothing else' }) type: string;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: LocalizedTextDto }) title: LocalizedTextDto;
}

export class SatisfactionFiguresDto {
  @ApiProperty({ description: 'satisfaction and feedback forms with responses' }) forms: number;
  @ApiProperty({ type: Number, nullable: true, description: 'null when suppressed' }) responses: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'mean of every Likert (1–5 → 0–100) and 0–10 rating (× 10) answer, 0–100 to one decimal' }) meanSatisfaction: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'NPS over every NPS answer, one decimal' }) nps: number | null;
  @ApiPropertyOptional({ enum: [true], description: 'fewer responses than the largest minimum group size of the activity’s forms, or a month that would reveal one by subtraction from the total' }) suppressed?: true;
}

export class SatisfactionItemDto extends SatisfactionFiguresDto {
  @ApiProperty({ type: ActivityDto }) activity: ActivityDto;
  @ApiProperty({ description: 'YYYY-MM (days of responses in the municipality’s time zone)' }) month: string;
}

export class SatisfactionActivityDto extends SatisfactionFiguresDto {
  @ApiProperty({ type: ActivityDto }) activity: ActivityDto;
}

export class SatisfactionReportDto {
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty({ type: String, nullable: true }) from: string | null;
  @ApiProperty({ type: String, nullable: true }) to: string | null;
  @ApiProperty({ description: 'how mean satisfaction is computed' }) rule: string;
  @ApiProperty({ type: [SatisfactionItemDto], description: 'per activity and month, by month then activity' }) items: SatisfactionItemDto[];
  @ApiProperty({ type: [SatisfactionActivityDto], description: 'per activity over the whole period' }) activities: SatisfactionActivityDto[];
}
