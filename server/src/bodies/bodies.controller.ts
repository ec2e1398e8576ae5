import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Query } from '@nestjs/common';
import { Post } from '../common/post';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { Auth, CurrentUser } from '../common/decorators';
import { wholeList } from '../common/pagination';
import { UuidPipe } from '../common/uuid.pipe';
import { BodiesService } from './bodies.service';
import { AddMemberDto, BodyDto, BodyListQuery, BodyPageDto, CreateBodyDto, MemberDto, MemberListDto, MemberListQuery, MyBodyInvitationDto, MyBodyInvitationListDto, UpdateBodyDto, UpdateMemberDto } from './dto/body.dto';

@ApiTags('bodies')
@Controller('bodies')
export class BodiesController {
  constructor(private readonly service: BodiesService) {}

  @Get()
  @ApiOkResponse({ type: BodyPageDto, description: 'Public bodies; private ones only for their members and the municipality’s staff' })
  list(@CurrentUser() user: AuthUser | undefined, @Query() q: BodyListQuery): Promise<BodyPageDto> {
    return this.service.list(user, q);
  }

  @Post()
  @Auth({ verified: true })
  @ApiCreatedResponse({ type: BodyDto, description: 'Officers of the municipality' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateBodyDto): Promise<BodyDto> {
    return this.service.create(user, dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: BodyDto, description: 'A private body is 404 for anyone but its members and the municipality’s staff' })
  get(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string): Promise<BodyDto> {
    return this.service.get(user, id);
  }

  @Patch(':id')
  @Auth({ verified: true })
  @ApiOkResponse({ type: BodyDto, description: 'Officers; `status: dissolved` closes the body (its history stays)' })
  update(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: UpdateBodyDto): Promise<BodyDto> {
    return this.service.update(user, id, dto);
  }

  @Get(':id/members')
  @ApiOkResponse({ type: MemberListDto, description: 'Every term of membership, current and past' })
  async members(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string, @Query() q: MemberListQuery): Promise<MemberListDto> {
    return wholeList(await this.service.members(user, id, q.when));
  }

  @Post(':id/members')
  @Auth({ verified: true })
  @ApiCreatedResponse({ type: MemberDto, description: 'A registered user (userId) or an address (email, with or without an account: the same answer, userId null and the given name until answered), invited: `invitation: pending` and no right until they accept; or a named outsider (name). A user or address with an open term → 409 already_member' })
  addMember(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: AddMemberDto): Promise<MemberDto> {
    return this.service.addMember(user, id, dto);
  }

  @Patch(':id/members/:memberId')
  @Auth({ verified: true })
  @ApiOkResponse({ type: MemberDto })
  updateMember(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Param('memberId', UuidPipe) memberId: string, @Body() dto: UpdateMemberDto): Promise<MemberDto> {
    return this.service.updateMember(user, id, memberId, dto);
  }

  @Delete(':id/members/:memberId')
  @HttpCode(204)
  @Auth({ verified: true })
  @ApiNoContentResponse({ description: 'Ends the term today; the member stays in the history (a term that has not begun, and an invitation not accepted, are dropped). An ended term → 409 member_term_ended' })
  async removeMember(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Param('memberId', UuidPipe) memberId: string): Promise<void> {
    await this.service.removeMember(user, id, memberId);
  }
}

/** The invitations to bodies waiting for the signed-in person: only that account answers them. */
@ApiTags('bodies')
@Controller('me/body-invitations')
@Auth({ verified: true })
export class MyBodyInvitationsController {
  constructor(private readonly service: BodiesService) {}

  @Get()
  @ApiOkResponse({ type: MyBodyInvitationListDto })
  async list(@CurrentUser() user: AuthUser): Promise<MyBodyInvitationListDto> {
    return wholeList(await this.service.myInvitations(user));
  }

  @Post(':memberId/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: MyBodyInvitationDto, description: 'The membership gives its rights from now on; anyone but the invitee → 404' })
  accept(@CurrentUser() user: AuthUser, @Param('memberId', UuidPipe) memberId: string): Promise<MyBodyInvitationDto> {
    return this.service.answer(user, memberId, 'accepted');
  }

  @Post(':memberId/decline')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'No right follows; the officers see the refusal. Anyone but the invitee → 404' })
  async decline(@CurrentUser() user: AuthUser, @Param('memberId', UuidPipe) memberId: string): Promise<void> {
    await this.service.answer(user, memberId, 'declined');
  }
}
