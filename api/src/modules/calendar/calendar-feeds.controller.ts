import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../auth/decorators.js';
import { notFound } from '../../common/errors/domain-error.js';
import { HttpErrorFilter } from '../../common/errors/http-error.filter.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';

/**
 * GET /ical/<token>.ics for calendar applications, which cannot sign in: the secret token is the
 * credential. Public for the guard; everything that is not a live feed answers 404.
 */
@Controller('ical')
@UseFilters(HttpErrorFilter)
export class CalendarFeedsController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Public()
  @Get(':file')
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const match = /^(.+)\.ics$/.exec(file);
    const ics = match ? await this.feeds.render(match[1]!) : undefined;
    if (!ics) throw notFound('Calendar feed');
    res.set({
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="plekwijzer.ics"',
      'Cache-Control': 'private, max-age=300',
      'X-Robots-Tag': 'noindex',
      'Referrer-Policy': 'no-referrer',
    });
    res.status(200).send(ics);
  }
}
