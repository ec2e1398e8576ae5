import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { UuidPipe } from '../common/uuid.pipe';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { Auth, CurrentUser } from '../common/decorators';
import { PageQuery, wholeList } from '../common/pagination';
import { CreateMunicipalityDto, MunicipalityDto, MunicipalityPageDto, StaffListDto, StaffMemberDto, StaffRoleDto, UpdateMunicipalityDto, toMunicipalityDto } from './dto/municipality.dto';
import { MunicipalitiesService } from './municipalities.service';

@ApiTags('municipalities')
@Controller('municipalities')
export class MunicipalitiesController {
  constructor(private readonly service: MunicipalitiesService) {}

  @Get()
  @ApiOkResponse({ type: MunicipalityPageDto })
  list(@Query() q: PageQuery): Promise<MunicipalityPageDto> {
    return this.service.list(q);
  }

  @Get(':slug')
  @ApiOkResponse({ type: MunicipalityDto, description: 'By slug (or id)' })
  async get(@Param('slug') slug: string): Promise<MunicipalityDto> {
    return toMunicipalityDto(await this.service.get(slug));
  }

  @Post()
  @Auth({ admin: true })
  @ApiCreatedResponse({ type: MunicipalityDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateMunicipalityDto): Promise<MunicipalityDto> {
    return this.service.create(user, dto);
  }

  @Patch(':id')
  @Auth({ admin: true })
  @ApiOkResponse({ type: MunicipalityDto })
  update(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: UpdateMunicipalityDto): Promise<MunicipalityDto> {
    return this.service.update(user, id, dto);
  }

  @Get(':id/staff')
  @Auth()
  @ApiOkResponse({ type: StaffListDto, description: 'Admins and the municipality’s own staff' })
  async staff(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<StaffListDto> {
    return wholeList(await this.service.staff(user, id));
  }

  @Put(':id/staff/:userId')
  @Auth({ admin: true })
  @ApiOkResponse({ type: StaffMemberDto })
  setStaff(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Param('userId', UuidPipe) userId: string, @Body() dto: StaffRoleDto): Promise<StaffMemberDto> {
    return this.service.setStaff(user, id, userId, dto.role);
  }

  @Delete(':id/staff/:userId')
  @Auth({ admin: true })
  @HttpCode(204)
  @ApiNoContentResponse()
  removeStaff(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Param('userId', UuidPipe) userId: string): Promise<void> {
    return this.service.removeStaff(user, id, userId);
  }
}
