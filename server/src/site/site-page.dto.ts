import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { LOCALES } from '../common/locale';
import { SITE_PAGE_KEYS } from './site-page.entity';

export class SitePageQuery {
  @ApiProperty({ enum: LOCALES, required: false, description: 'the language wanted; the request’s Accept-Language when absent' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: 'bg' | 'en' | 'mk';
}

export class SitePageDto {
  @ApiProperty({ enum: SITE_PAGE_KEYS }) key: string;
  @ApiProperty({ enum: LOCALES, description: 'the language of `body`' }) locale: string;
  @ApiProperty({ description: 'Markdown' }) body: string;
  @ApiProperty({ description: 'false while the installation shows the text shipped with Sabor' }) edited: boolean;
  @ApiProperty({ type: String, format: 'date', description: 'when the text was written (YYYY-MM-DD): the day it was last saved, or the date of the shipped text' }) updatedOn: string;
}

export class UpdateSitePageDto {
  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  locale: 'bg' | 'en' | 'mk';

  @ApiProperty({ description: 'Markdown, at most 100,000 characters' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100_000)
  body: string;
}
