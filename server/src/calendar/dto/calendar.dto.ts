import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { LocalizedTextDto } from '../../municipalities/dto/municipality.dto';

export class CalendarQuery {
  @ApiPropertyOptional({ description: 'the current year by default' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1990) @Max(2100) year?: number;
}

export class DeclareDayDto {
  @ApiProperty({ enum: ['non_working', 'working'], description: 'a day off declared by the government, or a Saturday declared a working day' }) @IsIn(['non_working', 'working']) kind: 'non_working' | 'working';
  @ApiProperty({ type: LocalizedTextDto, example: { bg: 'Решение на Министерския съвет № 808/2025' } }) @IsObject() @ValidateNested() @Type(() => LocalizedTextDto) name: LocalizedTextDto;
}

export class CalendarDayDto {
  @ApiProperty() date: string;
  @ApiProperty({ enum: ['holiday', 'moved_holiday', 'declared_non_working', 'declared_working'] }) kind: string;
  @ApiProperty({ type: LocalizedTextDto }) name: LocalizedTextDto;
}

export class CalendarDto {
  @ApiProperty({ enum: ['BG', 'MK'] }) country: string;
  @ApiProperty() year: number;
  @ApiProperty({ type: [CalendarDayDto] }) days: CalendarDayDto[];
}
