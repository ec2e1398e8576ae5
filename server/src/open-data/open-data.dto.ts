import { ApiProperty } from '@nestjs/swagger';
import { LOCALES } from '../common/locale';
import type { ConsultationRecord } from './open-data.service';

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
