import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../auth/decorators.js';

/** How long readiness waits for the database before it says no. */
const READY_TIMEOUT_MS = 2000;

/**
 * For load balancers and orchestrators: `/health/live` says the process answers (restart it when
 * not), `/health/ready` and `/health` that it also reaches its database (send it traffic only then).
 */
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @Public()
  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Public()
  @Get(['', 'ready'])
  @HttpCode(200)
  async ready(): Promise<{ status: 'ok'; database: 'ok' }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.ds.query('SELECT 1'), timeout]);
      return { status: 'ok', database: 'ok' };
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', database: 'unreachable' });
    } finally {
      clearTimeout(timer);
    }
  }
}
