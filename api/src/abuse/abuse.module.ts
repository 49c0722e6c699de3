import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { MutationRateLimitInterceptor } from './mutation-rate-limit.interceptor.js';
import { RateLimitService } from './rate-limit.service.js';
import { RateLimitsRepository } from './rate-limits.repository.js';

@Module({
  providers: [RateLimitsRepository, RateLimitService, { provide: APP_INTERCEPTOR, useClass: MutationRateLimitInterceptor }],
  exports: [RateLimitService],
})
export class AbuseModule {}
