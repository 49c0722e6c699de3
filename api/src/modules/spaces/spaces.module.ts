import { Module } from '@nestjs/common';
import { AdministrationModule } from '../administration/administration.module.js';
import { SpacesRepository } from './spaces.repository.js';
import { SpacesResolver } from './spaces.resolver.js';
import { SpacesService } from './spaces.service.js';

@Module({
  imports: [AdministrationModule],
  providers: [SpacesRepository, SpacesService, SpacesResolver],
  exports: [SpacesRepository, SpacesService],
})
export class SpacesModule {}
