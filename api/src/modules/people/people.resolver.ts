import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../../auth/decorators.js';
import type { Viewer } from '../../auth/viewer.js';
import { ClusterModel, DepartmentModel } from './department.model.js';
import { CreateClusterInput, CreateDepartmentInput } from './dto/department.inputs.js';
import { CreateUserInput } from './dto/create-user.input.js';
import { UpdateUserInput } from './dto/update-user.input.js';
import { ColleaguesArgs, UsersArgs } from './dto/users.args.js';
import type { DepartmentRow } from './departments.repository.js';
import { toUserModel, toUserSummary } from './people.mapper.js';
import { PeopleService } from './people.service.js';
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
  constructor(private readonly people: PeopleService) {}

  @Query(() => [UserModel], { description: 'All users, for administration' })
  async users(@Args() args: UsersArgs): Promise<UserModel[]> {
    return (await this.people.listUsers(args)).map(toUserModel);
  }

  @Mutation(() => UserModel)
  async createUser(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateUserInput): Promise<UserModel> {
    return toUserModel(await this.people.createUser(viewer, input));
  }

  @Mutation(() => UserModel)
  async updateUser(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateUserInput): Promise<UserModel> {
    return toUserModel(await this.people.updateUser(viewer, input));
  }

  @Mutation(() => ClusterModel)
  createCluster(@Args('input') input: CreateClusterInput): Promise<ClusterModel> {
    return this.people.createCluster(input.name);
  }

  @Mutation(() => DepartmentModel)
  async createDepartment(@Args('input') input: CreateDepartmentInput): Promise<DepartmentModel> {
    return toDepartment(await this.people.createDepartment(input));
  }
}

/** What every signed-in staff member may read about the organisation. */
@Resolver()
@Roles('EMPLOYEE', 'RECEPTION', 'FACILITY_MANAGER', 'MANAGEMENT', 'ADMIN')
export class PeopleResolver {
  constructor(private readonly people: PeopleService) {}

  @Query(() => [UserSummaryModel], { description: 'Find colleagues by name, e.g. to invite them' })
  async colleagues(@Args() args: ColleaguesArgs): Promise<UserSummaryModel[]> {
    return (await this.people.colleagues(args)).map(toUserSummary);
  }

  @Query(() => [DepartmentModel])
  async departments(): Promise<DepartmentModel[]> {
    return (await this.people.listDepartments()).map(toDepartment);
  }

  @Query(() => [ClusterModel])
  clusters(): Promise<ClusterModel[]> {
    return this.people.listClusters();
  }
}
