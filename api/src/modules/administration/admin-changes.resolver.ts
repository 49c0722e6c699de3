import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../../auth/decorators.js';
import { hasAnyRole, type Viewer } from '../../auth/viewer.js';
import { BookingModel } from '../bookings/booking.model.js';
import { AdminChangeModel } from './admin-change.model.js';
import { toAdminChangeModel } from './admin.mapper.js';
import { AdminChangesService } from './admin-changes.service.js';
import { AffectedBookingsRepository } from './affected-bookings.repository.js';
import { AdminChangesArgs } from './dto/admin-changes.args.js';

/** The record of administrative changes: for facility managers and administrators. */
@Resolver(() => AdminChangeModel)
@Roles('FACILITY_MANAGER', 'ADMIN')
export class AdminChangesResolver {
  constructor(private readonly changes: AdminChangesService) {}

  @Query(() => [AdminChangeModel], { description: 'Administrative changes, newest first' })
  async adminChanges(@Args() args: AdminChangesArgs): Promise<AdminChangeModel[]> {
    const { first, ...filter } = args;
    return (await this.changes.list({ ...filter, limit: first })).map(toAdminChangeModel);
  }
}

/** The message sent with a booking an administrative change cancelled: for its booker and managers. */
@Resolver(() => BookingModel)
export class BookingCancellationResolver {
  constructor(private readonly bookings: AffectedBookingsRepository) {}

  @ResolveField(() => String, { nullable: true, description: 'Why an administrator cancelled this booking (booker and managers only)' })
  async cancellationMessage(@CurrentViewer() viewer: Viewer, @Parent() booking: BookingModel): Promise<string | null> {
    if (booking.status !== 'CANCELLED') return null;
    if (!booking.isMine && !hasAnyRole(viewer, 'FACILITY_MANAGER', 'ADMIN')) return null;
    return (await this.bookings.cancellationMessages([booking.id])).get(booking.id) ?? null;
  }
}
