import { Inject, Injectable } from '@nestjs/common';
import QRCode from 'qrcode';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { SpacesRepository, type SpaceRow } from '../spaces/spaces.repository.js';

export type SpaceQrCode = { space: SpaceRow; url: string; svg: string };

/** The web app's page a space's code opens. */
export function checkInPath(spaceId: string): string {
  return `/inchecken/${spaceId}`;
}

/** QR codes to fix to desks and rooms: each opens the check-in page for its space. */
@Injectable()
export class QrCodesService {
  constructor(
    private readonly spaces: SpacesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Codes for the active spaces of a floor; PUBLIC_URL wins over the address the browser gives. */
  async forFloor(viewer: Viewer, floorId: string, baseUrl: string | undefined): Promise<SpaceQrCode[]> {
    const base = (this.config.publicUrl ?? baseUrl)?.replace(/\/+$/, '');
    if (!base) throw DomainError.field('QR_BASE_URL_REQUIRED', 'baseUrl', 'Give the address people reach Plekwijzer on');
    const spaces = (await this.spaces.list(viewer, { floorId })).filter((s) => s.active);
    return Promise.all(
      spaces.map(async (space) => {
        const url = `${base}${checkInPath(space.id)}`;
        const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
        return { space, url, svg };
      }),
    );
  }
}
