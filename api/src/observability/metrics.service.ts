import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics of this process (prom-client), at /metrics: HTTP requests and their latency,
 * GraphQL errors by reason (booking conflicts separately) and background job runs. Each app has
 * its own registry, so two instances in one process (tests) do not collide.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly requests = new Counter({
    name: 'plekwijzer_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly latency = new Histogram({
    name: 'plekwijzer_http_request_duration_seconds',
    help: 'HTTP request latency by method and route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'plekwijzer_graphql_errors_total',
    help: 'Coded GraphQL errors by category and reason',
    labelNames: ['code', 'reason'] as const,
    registers: [this.registry],
  });

  readonly bookingConflicts = new Counter({
    name: 'plekwijzer_booking_conflicts_total',
    help: 'Bookings refused because the space was taken (BOOKING_CONFLICT)',
    registers: [this.registry],
  });

  readonly jobRuns = new Counter({
    name: 'plekwijzer_job_runs_total',
    help: 'Background job runs by job and outcome',
    labelNames: ['job', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'plekwijzer_' });
  }
}
