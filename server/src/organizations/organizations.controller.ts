import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { Post } from '../common/post';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { Auth, CurrentUser } from '../common/decorators';
import { wholeList } from '../common/pagination';
import { UuidPipe } from '../common/uuid.pipe';
import { AddOrganizationMemberDto, CreateOrganizationDto, MyInvitationListDto, OrganizationDto, OrganizationInvitationDto, OrganizationInvitationListDto, OrganizationListQuery, OrganizationPageDto, PartnerDto, PartnerListDto } from './dto/organization.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly service: OrganizationsService) {}

  @Get()
  @ApiOkResponse({ type: OrganizationPageDto })
  list(@Query() q: OrganizationListQuery): Promise<OrganizationPageDto> {
    return this.service.list(q);
  }

  @Post()
  @Auth({ verified: true })
  @ApiCreatedResponse({ type: OrganizationDto, description: 'The creator becomes its representative; unverified until an admin verifies' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateOrganizationDto): Promise<OrganizationDto> {
    return this.service.create(user, dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: OrganizationDto, description: 'Members are listed to its members and admins' })
  get(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string): Promise<OrganizationDto> {
    return this.service.get(user, id);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @Auth({ admin: true })
  @ApiOkResponse({ type: OrganizationDto })
  verify(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<OrganizationDto> {
    return this.service.verify(user, id);
  }

  @Post(':id/members')
  @HttpCode(202)
  @Auth()
  @ApiAcceptedResponse({ type: OrganizationInvitationDto, description: 'An invitation is e-mailed; the same answer whether or not the address has an account. The person becomes a member only by accepting it.' })
  addMember(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: AddOrganizationMemberDto): Promise<OrganizationInvitationDto> {
    return this.service.invite(user, id, dto);
  }

  @Get(':id/invitations')
  @Auth()
  @ApiOkResponse({ type: OrganizationInvitationListDto, description: 'Pending invitations (representatives)' })
  async invitations(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<OrganizationInvitationListDto> {
    return wholeList(await this.service.pendingInvitations(user, id));
  }

  @Delete(':id/invitations/:invitationId')
  @Auth()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'A representative cancels a pending invitation' })
  cancelInvitation(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Param('invitationId', UuidPipe) invitationId: string): Promise<void> {
    return this.service.cancelInvitation(user, id, invitationId);
  }

  @Post(':id/invitations/:token/accept')
  @HttpCode(200)
  @Auth({ verified: true })
  @ApiOkResponse({ type: OrganizationDto, description: 'The invitee (signed in with the invited, verified address) accepts the link from the e-mail' })
  acceptByToken(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Param('token') token: string): Promise<OrganizationDto> {
    return this.service.acceptByToken(user, id, token);
  }

  @Delete(':id/members/:userId')
  @Auth()
  @HttpCode(204)
  @ApiNoContentResponse()
  removeMember(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Param('userId', UuidPipe) userId: string): Promise<void> {
    return this.service.removeMember(user, id, userId);
  }
}

@ApiTags('municipalities')
@Controller('municipalities/:id/partners')
export class PartnershipsController {
  constructor(private readonly service: OrganizationsService) {}

  @Get()
  @ApiOkResponse({ type: PartnerListDto })
  async list(@Param('id') id: string): Promise<PartnerListDto> {
    return wholeList(await this.service.partners(id));
  }

  @Put(':organizationId')
  @Auth()
  @ApiOkResponse({ type: PartnerDto, description: 'Admins and the municipality’s officers' })
  add(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Param('organizationId', UuidPipe) organizationId: string): Promise<PartnerDto> {
    return this.service.addPartner(user, id, organizationId);
  }

  @Delete(':organizationId')
  @Auth()
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Param('organizationId', UuidPipe) organizationId: string): Promise<void> {
    return this.service.removePartner(user, id, organizationId);
  }
}

/** The invitations waiting for the signed-in person (sent to their verified address). */
@ApiTags('organizations')
@Controller('me/invitations')
@Auth({ verified: true })
export class MyInvitationsController {
  constructor(private readonly service: OrganizationsService) {}

  @Get()
  @ApiOkResponse({ type: MyInvitationListDto })
  async list(@CurrentUser() user: AuthUser): Promise<MyInvitationListDto> {
    return wholeList(await this.service.myInvitations(user));
  }

  @Post(':invitationId/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganizationDto })
  accept(@CurrentUser() user: AuthUser, @Param('invitationId', UuidPipe) invitationId: string): Promise<OrganizationDto> {
    return this.service.acceptById(user, invitationId);
  }

  @Post(':invitationId/decline')
  @HttpCode(204)
  @ApiNoContentResponse()
  decline(@CurrentUser() user: AuthUser, @Param('invitationId', UuidPipe) invitationId: string): Promise<void> {
    return this.service.declineById(user, invitationId);
  }
}
