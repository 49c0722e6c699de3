import { Global, Module } from '@nestjs/common';
import { JobsService } from './jobs.service.js';

/** The one job queue of the process; features inject JobsService and register in onModuleInit. */
@Global()
@Module({ providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
