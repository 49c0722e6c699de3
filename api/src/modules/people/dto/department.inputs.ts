import { InputType } from '@nestjs/graphql';
import { IdField, NameField } from '../../../common/validation.js';

@InputType()
export class CreateClusterInput {
  @NameField()
  name!: string;
}

@InputType()
export class CreateDepartmentInput {
  @NameField()
  name!: string;

  @IdField()
  clusterId!: string;
}

@InputType()
export class UpdateClusterInput {
  @IdField()
  id!: string;

  @NameField()
  name!: string;
}

@InputType()
export class UpdateDepartmentInput {
  @IdField()
  id!: string;

  @NameField({ nullable: true })
  name?: string;

  @IdField({ nullable: true, description: 'Move the department to another cluster' })
  clusterId?: string;
}

@InputType({ description: 'Deletes a department or cluster that nothing belongs to any more' })
export class DeleteByIdInput {
  @IdField()
  id!: string;
}
