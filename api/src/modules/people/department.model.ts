import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Cluster')
export class ClusterModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('Department')
export class DepartmentModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ClusterModel) cluster!: ClusterModel;
  @Field(() => Int) headcount!: number;
}
