import { ApiProperty } from '@nestjs/swagger';
import { LOCALES } from '../common/locale';
import type { ConsultationRecord, ContributionRecord } from './open-data.service';

/** One published consultation as open data (the columns of consultations.csv). */
export class ConsultationRecordDto implements ConsultationRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'the consultation’s page' }) url: string;
  @ApiProperty({ description: 'the municipality’s slug' }) municipality: string;
  @ApiProperty({ enum: LOCALES, description: 'the language the consultation is held in (the municipality’s)' }) language: 'bg' | 'en' | 'mk';
  @ApiProperty() kind: string;
  @ApiProperty({ enum: ['upcoming', 'open', 'closed', 'reported', 'decided'] }) status: string;
  @ApiProperty({ description: 'the title in `language`' }) title: string;
  @ApiProperty({ description: 'empty when there is no Bulgarian title' }) title_bg: string;
  @ApiProperty() title_en: string;
  @ApiProperty() title_mk: string;
  @ApiProperty({ description: 'the summary in `language`' }) summary: string;
  @ApiProperty({ format: 'date-time' }) published_at: string;
  @ApiProperty({ format: 'date-time' }) opens_at: string;
  @ApiProperty({ format: 'date-time' }) closes_at: string;
  @ApiProperty({ format: 'date', description: 'the last day proposals are accepted, in the municipality’s time zone' }) last_day: string;
  @ApiProperty() contributions: number;
  @ApiProperty() proposals: number;
  @ApiProperty() answered: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) report_published_at: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the published справка' }) report_url: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'adopted, amended or withdrawn, once recorded' }) outcome: string | null;
  @ApiProperty({ type: [String], description: 'download addresses of the consultation’s documents' }) documents: string[];
}

export class ConsultationRecordsDto {
  @ApiProperty({ description: 'the licence of the data (a URL; CC BY 4.0 unless the installation sets another)' }) license: string;
  @ApiProperty({ type: [ConsultationRecordDto] }) items: ConsultationRecordDto[];
  @ApiProperty({ type: String, nullable: true, description: 'always null: the list comes whole' }) nextCursor: null;
}

/** One contribution as open data (the columns of contributions.csv); null where a hidden one shows nothing. */
export class ContributionRecordDto implements ContributionRecord {
  @ApiProperty({ description: 'its place in the order received, from 1' }) number: number;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, enum: ['comment', 'proposal'] }) kind: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the section’s reference (“чл. 5”)' }) section: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parent_id: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the name the author published, else “Участник N” in the municipality’s language' }) author: string | null;
  @ApiProperty({ type: String, nullable: true }) organization: string | null;
  @ApiProperty({ type: String, nullable: true }) channel: string | null;
  @ApiProperty({ format: 'date-time' }) received_at: string;
  @ApiProperty({ type: Number, nullable: true }) supports: number | null;
  @ApiProperty({ type: String, nullable: true, enum: LOCALES, description: 'the language the text is written in' }) lang: 'bg' | 'en' | 'mk' | null;
  @ApiProperty({ type: String, nullable: true }) text: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'why a moderator hid it; then the other fields are null' }) hidden_reason: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['accepted', 'partially_accepted', 'not_accepted', 'noted'] }) decision: 'accepted' | 'partially_accepted' | 'not_accepted' | 'noted' | null;
  @ApiProperty({ type: String, nullable: true, description: 'the decision’s label in Bulgarian' }) decision_bg: string | null;
  @ApiProperty({ type: String, nullable: true }) decision_en: string | null;
  @ApiProperty({ type: String, nullable: true }) decision_mk: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the municipality’s reasoning' }) reasoning: string | null;
}

export class ContributionRecordsDto {
  @ApiProperty({ description: 'the licence of the data (a URL)' }) license: string;
  @ApiProperty({ type: [ContributionRecordDto] }) items: ContributionRecordDto[];
  @ApiProperty({ type: String, nullable: true, description: 'always null: the list comes whole' }) nextCursor: null;
}
