import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../../auth/decorators.js';
import type { Viewer } from '../../auth/viewer.js';
import { BookingImpactModel } from '../administration/admin-change.model.js';
import { toImpactModel } from '../administration/admin.mapper.js';
import { ClusterModel, DepartmentModel } from './department.model.js';
import { DepartmentsService } from './departments.service.js';
import {
  CreateClusterInput,
  CreateDepartmentInput,
  DeleteByIdInput,
  UpdateClusterInput,
  UpdateDepartmentInput,
} from './dto/department.inputs.js';
import { CreateUserInput } from './dto/create-user.input.js';
import { UpdateUserInput } from './dto/update-user.input.js';
import { ImportUsersInput } from './dto/user-import.input.js';
import { ColleaguesArgs, UsersArgs } from './dto/users.args.js';
import type { DepartmentRow } from './departments.repository.js';
import { toUserModel, toUserSummary } from './people.mapper.js';
import { PeopleService } from './people.service.js';
import { UserImportService } from './user-import.service.js';
import { UserImportResultModel } from './user-import.model.js';
import { UserModel, UserSummaryModel } from './user.model.js';

const toDepartment = (d: DepartmentRow): DepartmentModel => ({
  id: d.id,
  name: d.name,
  cluster: { id: d.clusterId, name: d.clusterName },
  headcount: d.headcount,
});

/** People administration: facility managers and administrators. */
@Resolver()
@Roles('FACILITY_MANAGER', 'ADMIN')
export class PeopleAdminResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly departments: DepartmentsService,
    private readonly imports: UserImportService,
  ) {}

  @Query(() => [UserModel], { description: 'All users, for administration' })
  async users(@Args() args: UsersArgs): Promise<UserModel[]> {
    return (await this.people.listUsers(args)).map(toUserModel);
  }

  @Mutation(() => UserModel)
  async createUser(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateUserInput): Promise<UserModel> {
    return toUserModel(await this.people.createUser(viewer, input));
  }

  @Mutation(() => UserModel, { description: 'Deactivating a user with upcoming bookings needs cancelAffected (see previewUpdateUser)' })
  async updateUser(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateUserInput): Promise<UserModel> {
    return toUserModel(await this.people.updateUser(viewer, input));
  }

  @Mutation(() => BookingImpactModel, { description: 'Which upcoming bookings updateUser would cancel; changes nothing' })
  async previewUpdateUser(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateUserInput): Promise<BookingImpactModel> {
    return toImpactModel(await this.people.previewUpdateUser(viewer, input));
  }

  @Mutation(() => UserImportResultModel, { description: 'Checks (dryRun, the default) or imports users from a CSV file' })
  importUsers(@CurrentViewer() viewer: Viewer, @Args('input') input: ImportUsersInput): Promise<UserImportResultModel> {
    return this.imports.run(viewer, input);
  }

  @Mutation(() => ClusterModel)
  createCluster(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateClusterInput): Promise<ClusterModel> {
    return this.departments.createCluster(viewer, input.name);
  }

  @Mutation(() => ClusterModel)
  updateCluster(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateClusterInput): Promise<ClusterModel> {
    return this.departments.updateCluster(viewer, input.id, input.name);
  }

  @Mutation(() => ClusterModel, { description: 'Only a cluster without departments' })
  deleteCluster(@CurrentViewer() viewer: Viewer, @Args('input') input: DeleteByIdInput): Promise<ClusterModel> {
    return this.departments.deleteCluster(viewer, input.id);
  }

  @Mutation(() => DepartmentModel)
  async createDepartment(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateDepartmentInput): Promise<DepartmentModel> {
    return toDepartment(await this.departments.createDepartment(viewer, input));
  }

  @Mutation(() => DepartmentModel)
  async updateDepartment(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateDepartmentInput): Promise<DepartmentModel> {
    return toDepartment(await this.departments.updateDepartment(viewer, input));
  }

  @Mutation(() => DepartmentModel, { description: 'Only a department nobody belongs to' })
  async deleteDepartment(@CurrentViewer() viewer: Viewer, @Args('input') input: DeleteByIdInput): Promise<DepartmentModel> {
    return toDepartment(await this.departments.deleteDepartment(viewer, input.id));
  }
}

/** What every signed-in staff member may read about the organisation. */
@Resolver()
@Roles('EMPLOYEE', 'RECEPTION', 'FACILITY_MANAGER', 'MANAGEMENT', 'ADMIN')
export class PeopleResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly organisation: DepartmentsService,
  ) {}

  @Query(() => [UserSummaryModel], { description: 'Find colleagues by name, e.g. to invite them' })
  async colleagues(@Args() args: ColleaguesArgs): Promise<UserSummaryModel[]> {
    return (await this.people.colleagues(args)).map(toUserSummary);
  }

  @Query(() => [DepartmentModel])
  async departments(): Promise<DepartmentModel[]> {
    return (await this.organisation.list()).map(toDepartment);
  }

  @Query(() => [ClusterModel])
  clusters(): Promise<ClusterModel[]> {
    return this.organisation.listClusters();
  }
}
