import { Module } from '@nestjs/common';
import { PasswordService } from '../../auth/password.service.js';
import { AdministrationModule } from '../administration/administration.module.js';
import { DepartmentsRepository } from './departments.repository.js';
import { DepartmentsService } from './departments.service.js';
import { PeopleAdminResolver, PeopleResolver } from './people.resolver.js';
import { PeopleService } from './people.service.js';
import { UserImportService } from './user-import.service.js';
import { UsersRepository } from './users.repository.js';

@Module({
  imports: [AdministrationModule],
  providers: [
    UsersRepository,
    DepartmentsRepository,
    DepartmentsService,
    PasswordService,
    PeopleService,
    UserImportService,
    PeopleResolver,
    PeopleAdminResolver,
  ],
  exports: [UsersRepository, PasswordService, PeopleService],
})
export class PeopleModule {}
