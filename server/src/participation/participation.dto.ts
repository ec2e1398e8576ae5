import { LOCALES } from '../common/locale';
import { ApiProperty } from '@nestjs/swagger';
import { WholeListDto } from '../common/pagination';
import { CONSULTATION_STATUSES } from '../consultations/status';
import { CONTRIBUTION_KINDS } from '../contributions/contribution.entity';
import { LocalizedTextDto } from '../municipalities/dto/municipality.dto';
import { DECISIONS } from '../reports/contribution-response.entity';

export class MyContributionResponseDto {
  @ApiProperty({ enum: DECISIONS }) decision: string;
  @ApiProperty() reasoning: string;
}

export class MyContributionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) consultationId: string;
  @ApiProperty({ type: LocalizedTextDto }) consultationTitle: LocalizedTextDto;
  @ApiProperty({ enum: CONSULTATION_STATUSES }) consultationStatus: string;
  @ApiProperty() municipalitySlug: string;
  @ApiProperty({ enum: LOCALES, description: 'the language the consultation is held in (its municipality’s): the title’s fallback' }) consultationLanguage: 'bg' | 'en' | 'mk';
  @ApiProperty({ enum: CONTRIBUTION_KINDS }) kind: string;
  @ApiProperty() body: string;
  @ApiProperty({ enum: LOCALES, description: 'the language the text was written in' }) lang: 'bg' | 'en' | 'mk';
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'set on a reply' }) parentId: string | null;
  @ApiProperty({ description: 'hidden by a moderator: the public sees only that and the reason; the author still sees the text' }) hidden: boolean;
  @ApiProperty({ type: String, nullable: true }) hiddenReason: string | null;
  @ApiProperty({ type: MyContributionResponseDto, nullable: true, description: 'the municipality’s answer, as shown on the consultation’s page' }) response: MyContributionResponseDto | null;
}

export class MyContributionPageDto {
  @ApiProperty({ type: [MyContributionDto] }) items: MyContributionDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class MyAnsweredFormDto {
  @ApiProperty({ format: 'uuid' }) formId: string;
  @ApiProperty({ type: LocalizedTextDto }) title: LocalizedTextDto;
  @ApiProperty() municipalitySlug: string;
  @ApiProperty({ description: 'true: only that the account answered is known, never what' }) anonymous: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closesAt: string | null;
}

export class MyAnsweredFormListDto extends WholeListDto {
  @ApiProperty({ type: [MyAnsweredFormDto] }) items: MyAnsweredFormDto[];
}
