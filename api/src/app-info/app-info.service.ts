import { readFileSync } from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@plekwijzer/seeds';
import { ROLES, type Role } from '../auth/roles.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import type { AppInfoModel } from './app-info.model.js';

/** api/package.json: the same relative path from api/src (tests) and api/dist (runtime). */
const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

@Injectable()
export class AppInfoService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Demo accounts and their password are shown only in demo mode, which production refuses. */
  get(): AppInfoModel {
    const demo = this.config.demoData;
    return {
      demoMode: demo,
      demoAccounts: demo ? DEMO_ACCOUNTS.flatMap(({ email, role }) => (isRole(role) ? [{ email, role }] : [])) : [],
      demoPassword: demo ? DEMO_PASSWORD : null,
      version: VERSION,
      oidcEnabled: this.config.oidc !== undefined,
      oidcLabel: this.config.oidc?.label ?? null,
      passwordSignInRoles: [...this.config.localLoginRoles],
    };
  }
}
