import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { requestContext } from './request-context.js';

/** E-mail addresses must never reach a log, whoever wrote the message. */
const EMAIL = /[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+/g;
export const scrub = (text: string) => text.replace(EMAIL, '[e-mail]');

type JsonOptions = Parameters<ConsoleLogger['getJsonLogObject']>[1];

/**
 * Nest's console logger (JSON lines when LOG_FORMAT=json) with the id of the request being handled
 * on every line (`requestId`), and e-mail addresses masked in messages as a last line of defence.
 */
export class AppLogger extends ConsoleLogger {
  protected override getJsonLogObject(message: unknown, options: JsonOptions): ReturnType<ConsoleLogger['getJsonLogObject']> {
    const record = super.getJsonLogObject(typeof message === 'string' ? scrub(message) : message, options);
    const requestId = requestContext.getStore()?.requestId;
    return requestId ? { ...record, requestId } : record;
  }

  protected override stringifyMessage(message: unknown, logLevel: LogLevel): string {
    const text = scrub(super.stringifyMessage(message, logLevel));
    const requestId = requestContext.getStore()?.requestId;
    return requestId ? `${text} (request ${requestId})` : text;
  }
}
