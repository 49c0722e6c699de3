import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsString, Length, MaxLength, MinLength } from 'class-validator';
import { UserModel } from '../modules/people/user.model.js';

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentPassword!: string;

  @Field({ description: '10–200 characters' })
  @IsString()
  @Length(10, 200)
  newPassword!: string;
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Send as `Authorization: Bearer <token>`' })
  accessToken!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => UserModel)
  user!: UserModel;
}
