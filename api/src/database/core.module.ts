import { Global, Module, type DynamicModule } from '@nestjs/common';
import { Clock, SystemClock } from '../common/time/clock.js';
import { TransactionRunner } from './transaction.js';

/** Process-wide services every feature may inject: the clock and the transaction runner. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(clock: Clock = new SystemClock()): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: Clock, useValue: clock }, TransactionRunner],
      exports: [Clock, TransactionRunner],
    };
  }
}
