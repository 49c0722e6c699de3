import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DomainError } from './errors/domain-error.js';

/** For bare `id` arguments: a malformed id is bad input, never a database error. */
@Injectable()
export class UuidPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, meta: ArgumentMetadata): string {
    if (typeof value === 'string' && isUUID(value, 'all')) return value;
    const field = meta.data ?? 'id';
    throw DomainError.field('INVALID_ID', field, 'Not a valid id');
  }
}
