import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CATEGORIES } from '../participation';

export class CountryFiguresDto {
  @ApiProperty({ example: 'MK', description: 'ISO 3166-1 alpha-2' }) country: string;
  @ApiProperty({ example: 'North Macedonia', description: 'in the request’s language' }) name: string;
  @ApiProperty() registered: number;
  @ApiProperty() attended: number;
}

export class PlaceFiguresDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) municipalityId: string | null;
  @ApiProperty({ example: 'Kriva Palanka', description: 'the settlement, in the request’s language where known' }) settlement: string;
  @ApiProperty() country: string;
  @ApiProperty() registered: number;
  @ApiProperty() attended: number;
}

export class CategoryFiguresDto {
  @ApiProperty({ enum: CATEGORIES }) category: string;
  @ApiProperty() label: string;
  @ApiProperty() registered: number;
  @ApiProperty() attended: number;
}

export class DayFiguresDto {
  @ApiProperty({ example: '2019-02-18' }) day: string;
  @ApiProperty() attended: number;
}

export class ParticipationDto {
  @ApiProperty({ format: 'uuid' }) meetingId: string;
  @ApiProperty({ description: 'confirmed registrations (walk-ins included)' }) registered: number;
  @ApiProperty({ description: 'checked in on at least one day' }) attended: number;
  @ApiProperty({ type: [CountryFiguresDto] }) byCountry: CountryFiguresDto[];
  @ApiProperty({ type: [PlaceFiguresDto] }) byPlace: PlaceFiguresDto[];
  @ApiProperty({ type: [CategoryFiguresDto] }) byCategory: CategoryFiguresDto[];
  @ApiPropertyOptional({ type: [DayFiguresDto], description: 'multi-day meetings: attendance per day' }) byDay?: DayFiguresDto[];
  @ApiProperty({ example: '271 citizens took part, of whom 148 from Kriva Palanka (North Macedonia), 107 from Dupnitsa, 9 from Sofia and 7 from Sapareva Banya', description: 'in the request’s language' }) summary: string;
  @ApiProperty({ description: 'the minutes are published: the report is public' }) public: boolean;
}
