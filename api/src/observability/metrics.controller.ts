import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '../auth/decorators.js';
import { MetricsService } from './metrics.service.js';

/** For Prometheus. Like /health it needs no sign-in; keep it off the public internet at the proxy. */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Public()
  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  text(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
