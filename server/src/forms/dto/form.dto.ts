import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsISO8601, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsLocalizedText } from '../../common/localized-text';
import { PageQuery, WholeListDto } from '../../common/pagination';
import { LocalizedTextDto } from '../../municipalities/dto/municipality.dto';
import { FORM_AUDIENCES, FORM_PURPOSES, MIN_GROUP_SIZE_FLOOR, SUBJECT_TYPES } from '../form.entity';
import { MAX_OPTIONS, MAX_QUESTIONS, QUESTION_TYPES, SCALE_LABEL_MAX } from '../questions';
import { FormCanDto } from '../../policy/can.dto';

const LOCALIZED = { oneOf: [{ type: 'string' }, { $ref: '#/components/schemas/LocalizedTextDto' }] };
const nullable = (_: object, v: unknown) => v !== null;
const STATUSES = ['draft', 'scheduled', 'open', 'closed'] as const;

// ---- input ---------------------------------------------------------------------------------

export class FormOptionInputDto {
  @ApiProperty({ description: 'stable key of the option (letters, digits, _ and -); answers name it' }) @IsString() @MaxLength(40) key: string;
  @ApiProperty(LOCALIZED) @IsLocalizedText({ maxLength: 500 }) label: string | LocalizedTextDto;
}

export class ScaleLabelsInputDto {
  @ApiProperty({ ...LOCALIZED, description: 'the word at the low end (1 of 1–5, 0 of 0–10), at most 100 characters' }) @IsLocalizedText({ maxLength: SCALE_LABEL_MAX }) min: string | LocalizedTextDto;
  @ApiProperty({ ...LOCALIZED, description: 'the word at the high end (5 or 10), at most 100 characters' }) @IsLocalizedText({ maxLength: SCALE_LABEL_MAX }) max: string | LocalizedTextDto;
}

export class FormQuestionInputDto {
  @ApiProperty({ description: 'stable key of the question (letters, digits, _ and -), unique in the form; answers are keyed by it' }) @IsString() @MaxLength(40) key: string;
  @ApiProperty({ enum: QUESTION_TYPES, description: 'likert5: 1–5; rating10: 0–10; nps: 0–10 reported as the NPS; single / multiple: options; short_text: ≤ 500 characters; long_text: ≤ 5,000' })
  @IsIn(QUESTION_TYPES)
  type: (typeof QUESTION_TYPES)[number];
  @ApiProperty(LOCALIZED) @IsLocalizedText({ maxLength: 1000 }) label: string | LocalizedTextDto;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() required?: boolean;
  @ApiPropertyOptional({ type: [FormOptionInputDto], description: 'single and multiple choice: at least two, shown in this order' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OPTIONS)
  @ValidateNested({ each: true })
  @Type(() => FormOptionInputDto)
  options?: FormOptionInputDto[];
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, description: 'multiple choice: at most this many options (default: any number)' })
  @IsOptional()
  @ValidateIf(nullable)
  @IsInt()
  @Min(1)
  @Max(MAX_OPTIONS)
  maxChoices?: number | null;
  @ApiPropertyOptional({ type: ScaleLabelsInputDto, nullable: true, description: 'likert5, rating10 and nps: the words at the two ends (default: those of the type)' })
  @IsOptional()
  @ValidateIf(nullable)
  @IsObject()
  @ValidateNested()
  @Type(() => ScaleLabelsInputDto)
  scaleLabels?: ScaleLabelsInputDto | null;
}

export class FormSubjectInputDto {
  @ApiProperty({ enum: SUBJECT_TYPES }) @IsIn(SUBJECT_TYPES) type: (typeof SUBJECT_TYPES)[number];
  @ApiProperty({ format: 'uuid', description: 'a consultation, meeting or body of the same municipality' }) @IsUUID() id: string;
}

/** The fields of a form as created: the required ones without `@IsOptional()`; PATCH takes them all as optional (`PartialType`). */
class FormFields {
  @ApiProperty({ enum: FORM_PURPOSES }) @IsIn(FORM_PURPOSES) purpose: (typeof FORM_PURPOSES)[number];
  @ApiPropertyOptional({ type: FormSubjectInputDto, nullable: true, description: 'what the form is about; none for a stand-alone survey' })
  @IsOptional()
  @ValidateIf(nullable)
  @IsObject()
  @ValidateNested()
  @Type(() => FormSubjectInputDto)
  subject?: FormSubjectInputDto | null;
  @ApiProperty(LOCALIZED) @IsLocalizedText({ maxLength: 300 }) title: string | LocalizedTextDto;
  @ApiPropertyOptional({ ...LOCALIZED, description: 'Markdown' }) @IsOptional() @IsLocalizedText({ maxLength: 10000, allowEmpty: true }) description?: string | LocalizedTextDto;
  @ApiPropertyOptional({ default: true, description: 'keep no link between a response and a person or an invitation; fixed once a response exists' }) @IsOptional() @IsBoolean() anonymous?: boolean;
  @ApiPropertyOptional({ enum: FORM_AUDIENCES, default: 'public', description: 'public: anyone with the link; registered: signed-in users; invited: single-use links' })
  @IsOptional()
  @IsIn(FORM_AUDIENCES)
  audience?: (typeof FORM_AUDIENCES)[number];
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'null: open from publication' }) @IsOptional() @ValidateIf(nullable) @IsISO8601({ strict: true }) opensAt?: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'null: open until an end is set' }) @IsOptional() @ValidateIf(nullable) @IsISO8601({ strict: true }) closesAt?: string | null;
  @ApiPropertyOptional({ default: 5, minimum: MIN_GROUP_SIZE_FLOOR, maximum: 1000, description: `reports hide every count below it and answers join the reports in groups of at least this many; at least ${MIN_GROUP_SIZE_FLOOR} (below: 400 validation_failed, field code min); cannot be lowered once a response exists` }) @IsOptional() @IsInt() @Min(MIN_GROUP_SIZE_FLOOR) @Max(1000) minGroupSize?: number;
  @ApiPropertyOptional({ default: false, description: 'the report (with free texts) is public' }) @IsOptional() @IsBoolean() publishResults?: boolean;
  @ApiPropertyOptional({ type: [FormQuestionInputDto], description: 'in the order shown; change only while no response exists (409 form_has_responses)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_QUESTIONS)
  @ValidateNested({ each: true })
  @Type(() => FormQuestionInputDto)
  questions?: FormQuestionInputDto[];
}

export class CreateFormDto extends FormFields {
  @ApiProperty({ description: 'municipality id (or slug)' }) @IsString() @MaxLength(60) municipalityId: string;
}

/** Every field optional; a field that is given (null included) is checked as on create. */
export class UpdateFormDto extends PartialType(FormFields, { skipNullProperties: false }) {}

export class FormListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'municipality id or slug' }) @IsOptional() @IsString() @MaxLength(60) municipalityId?: string;
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: (typeof STATUSES)[number];
  @ApiPropertyOptional({ enum: FORM_PURPOSES }) @IsOptional() @IsIn(FORM_PURPOSES) purpose?: (typeof FORM_PURPOSES)[number];
}

export class FormTokenQuery {
  @ApiPropertyOptional({ description: 'the single-use link’s token (invited audience)' }) @IsOptional() @IsString() @MaxLength(200) token?: string;
}

export class InviteDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'everyone who attended this meeting (checked in at least once)' }) @IsOptional() @IsUUID() meetingId?: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'chosen registrations of the municipality’s meetings' }) @IsOptional() @IsArray() @ArrayMaxSize(5000) @IsUUID(undefined, { each: true }) registrationIds?: string[];
  @ApiPropertyOptional({ type: [String], description: 'e-mail addresses' }) @IsOptional() @IsArray() @ArrayMaxSize(5000) @IsEmail(undefined, { each: true }) @MaxLength(254, { each: true }) emails?: string[];
}

export class SubmitResponseDto {
  @ApiPropertyOptional({ description: 'the single-use link’s token' }) @IsOptional() @IsString() @MaxLength(200) token?: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'integer' }, { type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    description: 'question key → a whole number (scales), an option key (single), a list of option keys (multiple), or a text',
  })
  @IsObject()
  answers: Record<string, unknown>;
  @ApiPropertyOptional({ enum: ['bg', 'en', 'mk'], description: 'the language of the text answers; the request’s Accept-Language when absent' }) @IsOptional() @IsIn(['bg', 'en', 'mk']) lang?: 'bg' | 'en' | 'mk';
}

// ---- output --------------------------------------------------------------------------------

export class FormOptionDto {
  @ApiProperty() key: string;
  @ApiProperty({ type: LocalizedTextDto }) label: LocalizedTextDto;
}

export class ScaleLabelsDto {
  @ApiProperty({ type: LocalizedTextDto }) min: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto }) max: LocalizedTextDto;
}

export class FormQuestionDto {
  @ApiProperty() key: string;
  @ApiProperty({ enum: QUESTION_TYPES }) type: string;
  @ApiProperty({ type: LocalizedTextDto }) label: LocalizedTextDto;
  @ApiProperty() required: boolean;
  @ApiProperty({ type: [FormOptionDto], description: 'empty except for single and multiple choice' }) options: FormOptionDto[];
  @ApiProperty({ type: Number, nullable: true }) maxChoices: number | null;
  @ApiProperty({ type: ScaleLabelsDto, nullable: true, description: 'scales: the words at the two ends; null: the defaults of the type' }) scaleLabels: ScaleLabelsDto | null;
}

export class FormSubjectDto {
  @ApiProperty({ enum: SUBJECT_TYPES }) type: string;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: LocalizedTextDto }) title: LocalizedTextDto;
}

export class RespondentStateDto {
  @ApiProperty({ description: 'the caller may send a response now' }) canAnswer: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['already_answered', 'form_closed', 'not_open_yet', 'not_published', 'sign_in_required', 'email_not_verified', 'token_required'],
    description: 'why not',
  })
  reason: string | null;
}

export class InvitationCountsDto {
  @ApiProperty() invited: number;
  @ApiProperty({ description: 'links spent (never which)' }) used: number;
}

export class FormSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty() municipalitySlug: string;
  @ApiProperty({ enum: FORM_PURPOSES }) purpose: string;
  @ApiProperty({ type: FormSubjectDto, nullable: true }) subject: FormSubjectDto | null;
  @ApiProperty({ type: LocalizedTextDto }) title: LocalizedTextDto;
  @ApiProperty() anonymous: boolean;
  @ApiProperty({ enum: FORM_AUDIENCES }) audience: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) opensAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closesAt: string | null;
  @ApiProperty() minGroupSize: number;
  @ApiProperty() publishResults: boolean;
  @ApiProperty({ enum: STATUSES, description: 'by the clock' }) status: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty() questionCount: number;
  @ApiProperty({ type: Number, nullable: true, description: 'responses in its report so far (whole groups; an open form’s last group is not yet shown); null when the caller may not read the report' }) responses: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'answers not yet in `responses` nor the report: waiting for their group, or in an open form’s last group; null when the caller may not read the report' })
  pendingResponses: number | null;
  @ApiProperty({ description: 'an officer of its municipality' }) canManage: boolean;
  @ApiProperty({ description: 'the caller may read the report' }) canReadReport: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class FormPageDto {
  @ApiProperty({ type: [FormSummaryDto] }) items: FormSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class FormDto extends FormSummaryDto {
  @ApiProperty({ type: FormCanDto, description: 'what the caller may do with it' }) can: FormCanDto;
  @ApiProperty({ type: LocalizedTextDto }) description: LocalizedTextDto;
  @ApiProperty({ type: [FormQuestionDto] }) questions: FormQuestionDto[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the form this one is a new version of' }) basedOnId: string | null;
  @ApiProperty({ description: 'a response exists (or waits to be added): questions, anonymity and a lower minGroupSize are fixed' }) hasResponses: boolean;
  @ApiProperty({ type: InvitationCountsDto, nullable: true, description: 'officers only' }) invitations: InvitationCountsDto | null;
  @ApiProperty({ type: RespondentStateDto }) respondent: RespondentStateDto;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class MyFormDto extends FormSummaryDto {
  @ApiProperty({ description: 'the account has answered' }) answered: boolean;
}

export class MyFormListDto extends WholeListDto {
  @ApiProperty({ type: [MyFormDto] }) items: MyFormDto[];
}

export class ResponseReceivedDto {
  @ApiProperty({ format: 'uuid' }) formId: string;
  @ApiProperty({ description: 'YYYY-MM-DD: responses keep only the day' }) submittedOn: string;
  @ApiProperty({ description: 'the response is stored with no link to a person or an invitation' }) anonymous: boolean;
}

export class InvitationResultDto {
  @ApiProperty({ description: 'invitations e-mailed' }) sent: number;
  @ApiProperty({ description: 'addresses already invited, repeated, or attendees without an e-mail address' }) skipped: number;
}

export class RemindersResultDto {
  @ApiProperty({ description: 'reminders e-mailed: one to every unused link with an address' }) sent: number;
}
