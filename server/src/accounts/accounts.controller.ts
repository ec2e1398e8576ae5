import { Body, Controller, Delete, Get, HttpCode, Patch, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { Auth, CurrentUser } from '../common/decorators';
import { AccountsService } from './accounts.service';
import { MeDto, UpdateMeDto, UserPageDto, UserSearchQuery } from './dto/me.dto';

@ApiTags('accounts')
@Controller('me')
@Auth()
export class MeController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() user: AuthUser): Promise<MeDto> {
    return this.accounts.me(user.id);
  }

  @Patch()
  @ApiOkResponse({ type: MeDto })
  update(@CurrentUser() user: AuthUser, @Body() dto: UpdateMeDto): Promise<MeDto> {
    return this.accounts.update(user.id, dto);
  }

  @Get('export')
  @ApiOkResponse({ description: 'Every piece of personal data held, as JSON', schema: { type: 'object', additionalProperties: true } })
  export(@CurrentUser() user: AuthUser): Promise<Record<string, unknown>> {
    return this.accounts.export(user.id);
  }

  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Account deleted; contributions stay, shown as “deleted participant”' })
  delete(@CurrentUser() user: AuthUser): Promise<void> {
    return this.accounts.delete(user);
  }
}

@ApiTags('accounts')
@Controller('users')
export class UsersController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @Auth({ admin: true })
  @ApiOkResponse({ type: UserPageDto, description: 'Admins: find accounts to give roles' })
  search(@Query() q: UserSearchQuery): Promise<UserPageDto> {
    return this.accounts.search(q);
  }
}
