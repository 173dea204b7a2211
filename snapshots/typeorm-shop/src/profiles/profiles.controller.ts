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
import { Page } from '../database/pagination';
import { BulkCreateProfilesDto } from './dto/bulk-create-profiles.dto';
import { CreateProfileDto } from './dto/create-profile.dto';
import { ListProfilesQueryDto } from './dto/list-profiles-query.dto';
import { ProfileResponse } from './dto/profile-response.dto';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { ProfilesService } from './profiles.service';

@Controller('profiles')
export class ProfilesController {
  constructor(private readonly profilesService: ProfilesService) {}

  @Post()
  create(@Body() dto: CreateProfileDto): Promise<ProfileResponse> {
    return this.profilesService.create(dto);
  }

  @Post('bulk')
  createMany(@Body() dto: BulkCreateProfilesDto): Promise<ProfileResponse[]> {
    return this.profilesService.createMany(dto);
  }

  @Get()
  findAll(
    @Query() query: ListProfilesQueryDto,
  ): Promise<Page<ProfileResponse>> {
    return this.profilesService.findAll(query);
  }

  @Get(':id')
  findOne(@Param('id', ParseUUIDPipe) id: string): Promise<ProfileResponse> {
    return this.profilesService.findOne(id);
  }

  @Patch(':id')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateProfileDto,
  ): Promise<ProfileResponse> {
    return this.profilesService.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.profilesService.remove(id);
  }
}
