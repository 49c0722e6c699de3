import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/decorators.js';
import type { Viewer } from '../../auth/viewer.js';
import { MarkNotificationsReadInput, NotificationsArgs } from './dto/notification.inputs.js';
import type { BookingNotice } from './notification-kinds.js';
import { NotificationModel } from './notification.model.js';
import type { NotificationRow } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';

function toModel(n: NotificationRow): NotificationModel {
  const p = n.params as Partial<BookingNotice>;
  return {
    id: n.id,
    kind: n.kind,
    createdAt: n.createdAt,
    readAt: n.readAt,
    spaceName: p.spaceName ?? null,
    siteName: p.siteName ?? null,
    timeZone: p.timeZone ?? null,
    startsAt: p.startsAt ? new Date(p.startsAt) : null,
    endsAt: p.endsAt ? new Date(p.endsAt) : null,
    count: p.count ?? 1,
    seriesId: p.seriesId ?? null,
    bookingIds: p.bookingIds ?? [],
    reason: p.reason ?? null,
  };
}

/** Everyone signed in reads and clears their own notifications. */
@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => [NotificationModel], { description: 'The viewer’s notifications, newest first' })
  async notifications(@CurrentViewer() viewer: Viewer, @Args() args: NotificationsArgs): Promise<NotificationModel[]> {
    return (await this.service.list(viewer, args.unreadOnly, args.first)).map(toModel);
  }

  @Mutation(() => Int, { description: 'Marks the viewer’s notifications read; returns how many were unread' })
  markNotificationsRead(@CurrentViewer() viewer: Viewer, @Args('input') input: MarkNotificationsReadInput): Promise<number> {
    return this.service.markRead(viewer, input.ids ?? null);
  }
}
