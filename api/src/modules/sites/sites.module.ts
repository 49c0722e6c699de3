import { Module } from '@nestjs/common';
import { AdministrationModule } from '../administration/administration.module.js';
import { FloorPlansController } from './floor-plans.controller.js';
import { FloorPlansRepository } from './floor-plans.repository.js';
import { FloorResolver } from './floors.resolver.js';
import { FloorsService } from './floors.service.js';
import { SitesRepository } from './sites.repository.js';
import { SitesResolver } from './sites.resolver.js';
import { SitesService } from './sites.service.js';

@Module({
  imports: [AdministrationModule],
  controllers: [FloorPlansController],
  providers: [SitesRepository, SitesService, SitesResolver, FloorResolver, FloorsService, FloorPlansRepository],
  exports: [SitesRepository, SitesService, FloorsService],
})
export class SitesModule {}
