import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppInfoModule } from './app-info/app-info.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { formatError } from './common/errors/format-error.js';
import { GraphqlExceptionFilter } from './common/errors/graphql-exception.filter.js';
import type { Clock } from './common/time/clock.js';
import { createValidationPipe } from './common/validation.pipe.js';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { CoreModule } from './database/core.module.js';
import { dataSourceOptions } from './database/data-source.js';
import { graphqlContext } from './graphql/context.js';
import { parseOptions, queryCostPlugin, queryLimitRules } from './graphql/limits.js';
import { DateTimeScalar } from './graphql/scalars.js';
import { graphqlWsOptions } from './graphql/subscriptions.js';
import { HealthController } from './health/health.controller.js';
import { JobsModule } from './jobs/jobs.module.js';
import { ObservabilityModule } from './observability/observability.module.js';
import { BookingsModule } from './modules/bookings/bookings.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { OrganisationsModule } from './modules/organisations/organisations.module.js';
import { PartnersModule } from './modules/partners/partners.module.js';
import { ConfidentialModule } from './modules/confidential/confidential.module.js';
import { CheckInModule } from './modules/check-in/check-in.module.js';
import { PeopleModule } from './modules/people/people.module.js';
import { RatingsModule } from './modules/ratings/ratings.module.js';
import { ReportsModule } from './modules/reports/reports.module.js';
import { SitesModule } from './modules/sites/sites.module.js';
import { SpacesModule } from './modules/spaces/spaces.module.js';
import { CalendarModule } from './modules/calendar/calendar.module.js';

export type AppOptions = { clock?: Clock };

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, opts: AppOptions = {}): DynamicModule {
    if (!config.databaseUrl) throw new Error('AppModule needs a database URL');
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        CoreModule.forRoot(opts.clock),
        TypeOrmModule.forRoot(
          dataSourceOptions({
            url: config.databaseUrl,
            poolSize: config.dbPoolSize,
            statementTimeoutMs: config.dbStatementTimeoutMs,
          }),
        ),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
          playground: false,
          introspection: config.introspection,
          hideSchemaDetailsFromClientErrors: !config.introspection,
          includeStacktraceInErrorResponses: false,
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          validationRules: queryLimitRules(),
          parseOptions,
          plugins: [queryCostPlugin],
          formatError,
          fieldResolverEnhancers: ['filters'],
          context: graphqlContext,
          subscriptions: { 'graphql-ws': graphqlWsOptions },
        }),
        ObservabilityModule,
        JobsModule,
        AuthModule,
        AppInfoModule,
        PeopleModule,
        SitesModule,
        SpacesModule,
        BookingsModule,
        OrganisationsModule,
        NotificationsModule,
        PartnersModule,
        AuditModule,
        ConfidentialModule,
        CheckInModule,
        RatingsModule,
        ReportsModule,
        CalendarModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
