import { Controller, Delete, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import type { AuthUser } from '../common/auth-user';
import { Auth, CurrentUser } from '../common/decorators';
import { DomainError } from '../common/domain-error';
import { Tx } from '../database/transaction';
import { LocalizedTextDto } from '../municipalities/dto/municipality.dto';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import { readUnsubscribeToken } from './unsubscribe-token';
import { MunicipalityFollow } from './municipality-follow.entity';

export class FollowDto {
  @ApiProperty() following: boolean;
}

@ApiTags('municipalities')
@Controller('municipalities/:id/follow')
export class FollowsController {
  constructor(
    private readonly tx: Tx,
    private readonly municipalities: MunicipalitiesRepository,
  ) {}

  private async municipality(ref: string): Promise<string> {
    const m = await this.municipalities.findByRef(ref);
    if (!m) throw DomainError.notFound();
    return m.id;
  }

  @Put()
  @Auth({ verified: true })
  @ApiOkResponse({ type: FollowDto, description: 'E-mails me when the municipality publishes a consultation' })
  async follow(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<FollowDto> {
    const municipalityId = await this.municipality(id);
    await this.tx.repo(MunicipalityFollow).createQueryBuilder().insert().values({ userId: user.id, municipalityId }).orIgnore().execute();
    return { following: true };
  }

  @Delete()
  @HttpCode(200)
  @Auth()
  @ApiOkResponse({ type: FollowDto })
  async unfollow(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<FollowDto> {
    await this.tx.repo(MunicipalityFollow).delete({ userId: user.id, municipalityId: await this.municipality(id) });
    return { following: false };
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
  constructor(
    private readonly tx: Tx,
    private readonly municipalities: MunicipalitiesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: UnsubscribedDto, description: 'Idempotent; an invalid token → 400 invalid_token' })
  async unsubscribe(@Query() q: UnsubscribeQuery): Promise<UnsubscribedDto> {
    const who = readUnsubscribeToken(this.config.jwtSecret, q.token);
    const m = who ? await this.municipalities.findById(who.municipalityId) : null;
    if (!who || !m) throw new DomainError('invalid_token');
    await this.tx.repo(MunicipalityFollow).delete({ userId: who.userId, municipalityId: who.municipalityId });
    return { following: false, municipalityName: m.name };
  }
}
