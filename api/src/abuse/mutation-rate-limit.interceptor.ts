import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { from, switchMap, type Observable } from 'rxjs';
import type { GraphqlContext } from '../graphql/context.js';
import { RateLimitService } from './rate-limit.service.js';

/** Every mutation of a signed-in user counts against their per-minute limit (runs after the auth guard). */
@Injectable()
export class MutationRateLimitInterceptor implements NestInterceptor {
  constructor(private readonly limits: RateLimitService) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(ctx);
    const viewer = gql.getContext<GraphqlContext>().req.viewer;
    if (!viewer || gql.getInfo<GraphQLResolveInfo>().parentType.name !== 'Mutation') return next.handle();
    return from(this.limits.mutation(viewer.id)).pipe(switchMap(() => next.handle()));
  }
}
