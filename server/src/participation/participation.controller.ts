import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { Auth, CurrentUser } from '../common/decorators';
import { PageQuery, wholeList } from '../common/pagination';
import { MyAnsweredFormListDto, MyContributionPageDto } from './participation.dto';
import { MyParticipationService } from './participation.service';

@ApiTags('accounts')
@Controller('me')
export class MyParticipationController {
  constructor(private readonly participation: MyParticipationService) {}

  @Get('contributions')
  @Auth({ verified: true })
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: MyContributionPageDto, description: 'The caller’s own contributions, newest first; hidden ones with their text and the reason' })
  contributions(@CurrentUser() user: AuthUser, @Query() q: PageQuery): Promise<MyContributionPageDto> {
    return this.participation.contributions(user, q);
  }

  @Get('answered-forms')
  @Auth()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: MyAnsweredFormListDto, description: 'Forms the caller answered while signed in; for anonymous ones only that, never the answers. Answers through an invitation link are tied to no account and are not listed.' })
  async answeredForms(@CurrentUser() user: AuthUser): Promise<MyAnsweredFormListDto> {
    return wholeList(await this.participation.answeredForms(user));
  }
}
