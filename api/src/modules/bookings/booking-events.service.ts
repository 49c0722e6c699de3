import { EventEmitter, on } from 'node:events';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { BOOKING_EVENTS_CHANNEL, decodeBookingsChanged, type BookingsChangedEvent } from './booking-events.js';

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 30_000;

/**
 * Fans booking changes out to this process's subscribers. Writers publish with pg_notify inside
 * their transaction (see BookingsRepository.notifyChanged), so every API process on the database
 * hears about every committed change. One dedicated connection LISTENs and comes back with
 * backoff when it drops; after a reconnect each watched site gets an event without ids, meaning
 * "changes may have been missed: refetch".
 */
@Injectable()
export class BookingEventsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('BookingEvents');
  private readonly bySite = new EventEmitter().setMaxListeners(0);
  private client: pg.Client | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private failures = 0;
  private closing = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /** Changes at one site, until the consumer calls `return()` (the subscription ends). */
  changes(siteId: string): AsyncIterableIterator<BookingsChangedEvent> {
    const source = on(this.bySite, siteId) as AsyncIterableIterator<[BookingsChangedEvent]>;
    const iterator: AsyncIterableIterator<BookingsChangedEvent> = {
      next: async () => {
        const r = await source.next();
        return r.done ? { done: true, value: undefined } : { done: false, value: r.value[0] };
      },
      return: async () => {
        await source.return?.();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  /** How many subscriptions in this process watch the site. */
  subscriberCount(siteId: string): number {
    return this.bySite.listenerCount(siteId);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.config.databaseUrl, application_name: 'plekwijzer-listen', keepAlive: true });
    this.client = client;
    client.on('notification', (msg) => this.receive(msg.payload));
    client.on('error', (err) => this.reconnectLater(client, err.message));
    client.on('end', () => this.reconnectLater(client, 'connection ended'));
    try {
      await client.connect();
      await client.query(`LISTEN ${BOOKING_EVENTS_CHANNEL}`);
    } catch (err) {
      this.reconnectLater(client, err instanceof Error ? err.message : String(err));
      client.end().catch(() => undefined);
      return;
    }
    if (this.client !== client) return; // dropped again (or shutting down) while connecting
    if (this.failures > 0) {
      this.logger.log('listening for booking changes again');
      for (const siteId of this.bySite.eventNames()) {
        // events.on() also listens for 'error'; emitting that would end every subscription
        if (typeof siteId === 'string' && siteId !== 'error') this.bySite.emit(siteId, { siteId, bookingIds: [] });
      }
    }
    this.failures = 0;
  }

  /** Called for both 'error' and 'end' of a connection; acts once per connection. */
  private reconnectLater(client: pg.Client, reason: string): void {
    if (this.closing || this.client !== client) return;
    this.client = undefined;
    const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** this.failures) * (0.75 + Math.random() / 2);
    this.logger.warn(`not listening for booking changes (${reason}); trying again in ${Math.round(delay)} ms`);
    this.failures++;
    this.retryTimer = setTimeout(() => void this.listen(), delay);
    this.retryTimer.unref();
  }

  private receive(payload: string | undefined): void {
    const event = decodeBookingsChanged(payload);
    if (!event) {
      this.logger.warn('ignored a malformed booking change notification');
      return;
    }
    this.bySite.emit(event.siteId, event);
  }
}
