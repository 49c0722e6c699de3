import { Module } from '@nestjs/common';
import { AdministrationModule } from '../administration/administration.module.js';
import { OrganisationsRepository } from './organisations.repository.js';
import { OrganisationsResolver } from './organisations.resolver.js';
import { OrganisationsService } from './organisations.service.js';

@Module({
  imports: [AdministrationModule],
  providers: [OrganisationsRepository, OrganisationsService, OrganisationsResolver],
  exports: [OrganisationsRepository, OrganisationsService],
})
export class OrganisationsModule {}
