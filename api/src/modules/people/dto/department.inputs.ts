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
