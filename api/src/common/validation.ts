import { applyDecorators } from '@nestjs/common';
import { Field, Float, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsNumber, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateBy } from 'class-validator';

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** A required display name: trimmed, 1–200 characters. */
export const NameField = (opts: { nullable?: boolean; description?: string } = {}) =>
  applyDecorators(
    Field(() => String, { nullable: opts.nullable, description: opts.description }),
    ...(opts.nullable ? [IsOptional()] : []),
    trim,
    IsString(),
    Length(1, 200),
  );

/** Free text with a maximum length, trimmed. */
export const TextField = (max: number, opts: { nullable?: boolean; description?: string } = {}) =>
  applyDecorators(
    Field(() => String, { nullable: opts.nullable, description: opts.description }),
    ...(opts.nullable ? [IsOptional()] : []),
    trim,
    IsString(),
    MaxLength(max),
  );

/** A finite number between min and max; with a default, a missing value takes it (and null is refused). */
export const FloatField = (min: number, max: number, opts: { nullable?: boolean; description?: string; defaultValue?: number } = {}) =>
  applyDecorators(
    Field(() => Float, {
      nullable: opts.nullable,
      description: opts.description,
      ...(opts.defaultValue !== undefined ? { defaultValue: opts.defaultValue } : {}),
    }),
    ...(opts.nullable && opts.defaultValue === undefined ? [IsOptional()] : []),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(min),
    Max(max),
  );

/** A UUID identifier. */
export const IdField = (opts: { nullable?: boolean; description?: string } = {}) =>
  applyDecorators(
    Field(() => ID, { nullable: opts.nullable, description: opts.description }),
    ...(opts.nullable ? [IsOptional()] : []),
    IsUUID('all'),
  );

/** A bounded list of UUID identifiers. */
export const IdListField = (max: number, opts: { nullable?: boolean; description?: string } = {}) =>
  applyDecorators(
    Field(() => [ID], { nullable: opts.nullable, description: opts.description }),
    ...(opts.nullable ? [IsOptional()] : []),
    ArrayMaxSize(max),
    IsUUID('all', { each: true }),
  );

/** At most `places` decimals (class-validator's own `maxDecimalPlaces` throws on a number such as 5e-323). */
export const MaxDecimalPlaces = (places: number) =>
  ValidateBy({
    name: 'maxDecimalPlaces',
    validator: {
      validate: (v: unknown) =>
        typeof v === 'number' && Number.isFinite(v) && Math.abs(v * 10 ** places - Math.round(v * 10 ** places)) < 1e-6,
      defaultMessage: () => `$property must have at most ${places} decimal places`,
    },
  });
