import { Module } from '@nestjs/common';
import { SpacesRepository } from './spaces.repository.js';
import { SpacesResolver } from './spaces.resolver.js';
import { SpacesService } from './spaces.service.js';

@Module({
  providers: [SpacesRepository, SpacesService, SpacesResolver],
  exports: [SpacesRepository, SpacesService],
})
export class SpacesModule {}
