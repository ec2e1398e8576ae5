import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { Auth, CurrentUser, RequestLocale } from '../common/decorators';
import type { Locale } from '../common/locale';
import { SitePageDto, SitePageQuery, UpdateSitePageDto } from './site-page.dto';
import { SitePagesService } from './site-pages.service';

@ApiTags('site')
@Controller('site/pages')
export class SitePagesController {
  constructor(private readonly pages: SitePagesService) {}

  @Get(':key')
  @ApiOkResponse({ type: SitePageDto, description: '`accessibility` (the accessibility statement) or `privacy` (the privacy notice), in `?locale=` or the request’s language; unknown key → 404' })
  get(@Param('key') key: string, @Query() q: SitePageQuery, @RequestLocale() locale: Locale): Promise<SitePageDto> {
    return this.pages.get(key, q.locale ?? locale);
  }

  @Put(':key')
  @Auth({ admin: true })
  @ApiOkResponse({ type: SitePageDto, description: 'Admins: the text of one language' })
  update(@CurrentUser() user: AuthUser, @Param('key') key: string, @Body() dto: UpdateSitePageDto): Promise<SitePageDto> {
    return this.pages.update(user, key, dto.locale, dto.body);
  }
}
