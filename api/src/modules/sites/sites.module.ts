import { Module } from '@nestjs/common';
import { SitesRepository } from './sites.repository.js';
import { FloorResolver, SitesResolver } from './sites.resolver.js';
import { SitesService } from './sites.service.js';

@Module({
  providers: [SitesRepository, SitesService, SitesResolver, FloorResolver],
  exports: [SitesRepository, SitesService],
})
export class SitesModule {}
