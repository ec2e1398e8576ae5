import { Controller, Delete, HttpCode, Param, Put, Query } from '@nestjs/common';
import { Post } from '../common/post';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import type { AuthUser } from '../common/auth-user';
import { Auth, CurrentUser } from '../common/decorators';
import { LocalizedTextDto } from '../municipalities/dto/municipality.dto';
import { FollowsService } from './follows.service';

export class FollowDto {
  @ApiProperty() following: boolean;
}

@ApiTags('municipalities')
@Controller('municipalities/:id/follow')
export class FollowsController {
  constructor(private readonly follows: FollowsService) {}

  @Put()
  @Auth({ verified: true })
  @ApiOkResponse({ type: FollowDto, description: 'E-mails me when the municipality publishes a consultation' })
  follow(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<FollowDto> {
    return this.follows.follow(user, id);
  }

  @Delete()
  @HttpCode(200)
  @Auth()
  @ApiOkResponse({ type: FollowDto })
  unfollow(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<FollowDto> {
    return this.follows.unfollow(user, id);
  }
}

export class UnsubscribeQuery {
  @ApiProperty({ description: 'the token of the link in the notification e-mail' }) @IsString() @MaxLength(300) token: string;
}

export class UnsubscribedDto {
  @ApiProperty({ enum: [false] }) following: false;
  @ApiProperty({ description: 'the municipality no longer followed, in its languages' }) municipalityName: LocalizedTextDto;
}

/**
 * One-click unsubscribe from the "new consultation" e-mails (RFC 8058): the mail provider, or the
 * page the e-mail links to, POSTs the token; no login. A GET does nothing, so link scanners that
 * open every URL in a message cannot unsubscribe anyone.
 */
@ApiTags('municipalities')
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly follows: FollowsService) {}

  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: UnsubscribedDto, description: 'Idempotent; an invalid token → 400 invalid_token' })
  unsubscribe(@Query() q: UnsubscribeQuery): Promise<UnsubscribedDto> {
    return this.follows.unsubscribe(q.token);
  }
}
