import { Module } from '@nestjs/common';
import { PasswordService } from '../../auth/password.service.js';
import { DepartmentsRepository } from './departments.repository.js';
import { PeopleAdminResolver, PeopleResolver } from './people.resolver.js';
import { PeopleService } from './people.service.js';
import { UsersRepository } from './users.repository.js';

@Module({
  providers: [UsersRepository, DepartmentsRepository, PasswordService, PeopleService, PeopleResolver, PeopleAdminResolver],
  exports: [UsersRepository, PasswordService, PeopleService],
})
export class PeopleModule {}
