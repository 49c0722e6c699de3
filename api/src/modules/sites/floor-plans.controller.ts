import { Controller, Get, Param, Put, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentViewer, Roles } from '../../auth/decorators.js';
import type { Viewer } from '../../auth/viewer.js';
import { HttpErrorFilter } from '../../common/errors/http-error.filter.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { planTooLarge } from './floor-plan-image.js';
import { FloorsService, type PlanUploadResult } from './floors.service.js';

/**
 * Floor-plan images over plain HTTP, with the bearer token and the same global guard as GraphQL.
 * An upload is the file itself as the request body (PUT, any Content-Type: the type is read from
 * the bytes). Chosen over base64 in a GraphQL input: GraphQL multipart is off (CSRF prevention),
 * base64 adds a third, and the 1 MB JSON limit stays as it is for every other request — only
 * this route reads up to FLOOR_PLAN_MAX_BYTES, and only after the guard let the caller in.
 */
@Controller('api/floors/:id/plan')
@UseFilters(HttpErrorFilter)
export class FloorPlansController {
  constructor(private readonly floors: FloorsService) {}

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Put()
  async upload(@CurrentViewer() viewer: Viewer, @Param('id', UuidPipe) id: string, @Req() req: Request): Promise<PlanUploadResult> {
    const max = this.floors.maxPlanBytes();
    const declared = Number(req.headers['content-length']);
    const bytes = await readBody(req, max, Number.isFinite(declared) && declared > max);
    return this.floors.uploadPlan(viewer, id, bytes);
  }

  /**
   * The image for anyone who may see the floor. Served so that even an SVG opened on its own can
   * run nothing and load nothing: a CSP without sources (inline styles only), sandboxed, not sniffed.
   */
  @Get()
  async download(
    @CurrentViewer() viewer: Viewer,
    @Param('id', UuidPipe) id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const plan = await this.floors.planForViewer(viewer, id);
    const etag = `"${plan.sha256}"`;
    res.set({
      'Content-Type': plan.contentType,
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Content-Disposition': `inline; filename="plan.${plan.contentType === 'image/svg+xml' ? 'svg' : plan.contentType === 'image/png' ? 'png' : 'jpg'}"`,
      'Cache-Control': 'private, no-cache',
      ETag: etag,
    });
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    res.status(200).end(plan.content);
  }
}

/**
 * The raw request body, at most `max` bytes. A larger body is read to its end without being kept
 * (so the client gets the answer instead of a broken connection) and refused; beyond 4 × max the
 * connection is dropped.
 */
function readBody(req: Request, max: number, tooLarge: boolean): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = tooLarge;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) over = true;
      if (over) {
        chunks.length = 0;
        if (size > 4 * max) req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => (over ? reject(planTooLarge(max)) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(planTooLarge(max));
    });
  });
}
