import { Controller, Delete, HttpCode, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { Auth, CurrentUser } from '../common/decorators';
import { DomainError } from '../common/domain-error';
import { Tx } from '../database/transaction';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
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
