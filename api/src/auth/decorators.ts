import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from './roles.js';
import type { Viewer } from './viewer.js';

export const IS_PUBLIC = 'plekwijzer:public';
export const REQUIRED_ROLES = 'plekwijzer:roles';

/** The only way around authentication. A test lists every public operation. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The viewer needs at least one of these roles (after implication). */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export type RequestWithViewer = { viewer?: Viewer; headers: Record<string, string | string[] | undefined>; id?: string; ip?: string };

export function requestOf(ctx: ExecutionContext): RequestWithViewer {
  if (ctx.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(ctx).getContext<{ req: RequestWithViewer }>().req;
  }
  return ctx.switchToHttp().getRequest<RequestWithViewer>();
}

export const CurrentViewer = createParamDecorator((_: unknown, ctx: ExecutionContext): Viewer => {
  const viewer = requestOf(ctx).viewer;
  if (!viewer) throw new Error('CurrentViewer used on a public operation');
  return viewer;
});
