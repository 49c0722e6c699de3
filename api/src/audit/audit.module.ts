import { Global, Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { AuditLogRepository } from './audit-log.repository.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';
import { RequestIdMiddleware } from './request-id.js';

/** The confidential audit log, for every feature that touches client details or exports them. */
@Global()
@Module({ providers: [AuditLogRepository, AuditService, AuditResolver], exports: [AuditService] })
export class AuditModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestIdMiddleware).forRoutes('{*path}');
  }
}
