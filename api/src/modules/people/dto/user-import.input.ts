import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class ImportUsersInput {
  @Field({
    description:
      'A CSV file (comma, semicolon or tab separated) with a header row: email and name are required; roles, department ' +
      '(by name), fte, screen_worker and locale are optional. Dutch headers (e-mail, naam, rollen, dienst, vte, ' +
      'beeldschermwerker, taal) work too. An existing user (same e-mail) is updated; an empty cell keeps their value.',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(512 * 1024)
  csv!: string;

  @Field({ nullable: true, defaultValue: true, description: 'Only check and report (the default); false writes, all rows or none' })
  @IsBoolean()
  dryRun!: boolean;
}
