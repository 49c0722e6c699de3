import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { TextField } from '../../../common/validation.js';

/** `cancelAffected`: confirms the change may cancel the upcoming bookings it leaves invalid. */
export const CancelAffectedField = () =>
  applyDecorators(
    Field({
      nullable: true,
      defaultValue: false,
      description:
        'Cancel the upcoming bookings this change leaves invalid (see the preview mutation). Without it such a change ' +
        'is refused with ADMIN_CHANGE_AFFECTS_BOOKINGS and the count.',
    }),
    IsBoolean(),
  );

/** `cancellationMessage`: what each booker whose booking is cancelled is told. */
export const CancellationMessageField = () =>
  TextField(1000, { nullable: true, description: 'Why the bookings are cancelled; required when bookings are cancelled' });
