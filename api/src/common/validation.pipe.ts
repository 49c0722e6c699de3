import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, type FieldError } from './errors/domain-error.js';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([constraint, message]) => ({
      field,
      reason: constraint,
      message,
    }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Class-validator on every input; failures become VALIDATION_FAILED with per-field errors. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flatten(errors);
      return new DomainError('VALIDATION_FAILED', fieldErrors[0]?.message ?? 'Invalid input', { fieldErrors });
    },
  });
}
