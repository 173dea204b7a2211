import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { BulkCreateProfilesDto } from './dto/bulk-create-profiles.dto';
import { CreateProfileDto } from './dto/create-profile.dto';
import { ListProfilesQueryDto } from './dto/list-profiles-query.dto';
import { ProfilePage, ProfileResponse } from './dto/profile-response.dto';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { ProfilesService } from './profiles.service';

@ApiTags('profiles')
@ApiProblems(429)
@Controller('profiles')
export class ProfilesController {
  constructor(private readonly profilesService: ProfilesService) {}

  @ApiProblems(400, 409, 422)
  @Post()
  create(@Body() dto: CreateProfileDto): Promise<ProfileResponse> {
    return this.profilesService.create(dto);
  }

  @ApiProblems(400, 409, 422)
  @Post('bulk')
  createMany(@Body() dto: BulkCreateProfilesDto): Promise<ProfileResponse[]> {
    return this.profilesService.createMany(dto);
  }

  @ApiProblems(400)
  @Get()
  findAll(@Query() query: ListProfilesQueryDto): Promise<ProfilePage> {
    return this.profilesService.findAll(query);
  }

  @ApiProblems(400, 404)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Get(':id')
  findOne(@Param('id', ParseUUIDPipe) id: string): Promise<ProfileResponse> {
    return this.profilesService.findOne(id);
  }

  @ApiProblems(400, 404, 409, 422)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Patch(':id')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateProfileDto,
  ): Promise<ProfileResponse> {
    return this.profilesService.update(id, dto);
  }

  @ApiProblems(400, 404, 409)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.profilesService.remove(id);
  }
}
