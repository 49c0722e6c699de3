import { createHash, createHmac, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PasswordService } from '../../auth/password.service.js';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { TransactionRunner } from '../../database/transaction.js';
import { AdminChangesService } from '../administration/admin-changes.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { AcceptPartnerInviteInput, InvitePartnerInput } from './dto/partner.inputs.js';
import { PartnerInvitesRepository, type InviteRow } from './partner-invites.repository.js';

const INVITE_DAYS = 7;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const INVITE_PATH = '/uitnodiging/';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * Invites for partner accounts. The token is an HMAC of the invite's id under a key derived from
 * the server secret: the database holds only its SHA-256, yet whoever sends the e-mail later can
 * rebuild the link from the id in the outbox. Single use, valid for seven days.
 */
@Injectable()
export class PartnerInvitesService {
  private readonly key: Buffer;

  constructor(
    private readonly repo: PartnerInvitesRepository,
    private readonly passwords: PasswordService,
    private readonly notifications: NotificationsService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly changes: AdminChangesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.key = createHmac('sha256', config.jwtSecret).update('plekwijzer partner invite tokens').digest();
  }

  private token(inviteId: string): string {
    return createHmac('sha256', this.key).update(inviteId).digest('base64url');
  }

  /** The link of an invite, for the e-mail sender: `{{inviteUrl}}` in the outbox body. */
  inviteLink(inviteId: string): string {
    return `${this.config.publicUrl?.replace(/\/$/, '') ?? ''}${INVITE_PATH}${this.token(inviteId)}`;
  }

  async invite(viewer: Viewer, input: InvitePartnerInput): Promise<{ invite: InviteRow; inviteUrl: string }> {
    const now = this.clock.now();
    const id = randomUUID();
    await this.tx.run(async (em) => {
      const org = await em.query<{ name: string; status: string }[]>(`SELECT name, status FROM organisations WHERE id = $1 FOR SHARE`, [
        input.organisationId,
      ]);
      if (!org[0]) throw notFound('Organisation', 'organisationId');
      if (org[0].status !== 'ACTIVE') throw new DomainError('ORGANISATION_SUSPENDED', 'This organisation is suspended');
      if (await this.repo.emailTaken(input.email, em)) {
        throw DomainError.field('USER_EMAIL_TAKEN', 'email', 'Someone already has an account with this e-mail address');
      }
      await this.repo.revokeOpenFor(input.email, now, em);
      const expiresAt = new Date(now.getTime() + INVITE_DAYS * 86_400_000);
      await this.repo.insert({ id, ...input, tokenHash: sha256(this.token(id)), createdBy: viewer.id, createdAt: now, expiresAt }, em);
      await this.changes.record(em, viewer, {
        action: 'partner_invite.create',
        targetType: 'PARTNER_INVITE',
        targetId: id,
        targetLabel: `${input.displayName} <${input.email}>`,
        after: { organisation: org[0].name, email: input.email, expiresAt: expiresAt.toISOString() },
      });
      await this.notifications.email(
        {
          recipient: input.email,
          recipientUserId: null,
          locale: input.locale,
          templateKey: 'partner-invite',
          params: { inviteId: id, organisationName: org[0].name, displayName: input.displayName, expiresAt: expiresAt.toISOString() },
        },
        em,
      );
    });
    return { invite: (await this.repo.findById(id))!, inviteUrl: this.inviteLink(id) };
  }

  /** What the invite page shows before the person chooses a password. */
  async preview(token: string): Promise<InviteRow> {
    return this.usable(await this.lookup(token));
  }

  /** Creates the partner account; the invite is spent, the terms of use recorded on the organisation. */
  async accept(input: AcceptPartnerInviteInput): Promise<{ email: string; userId: string }> {
    if (!input.acceptTerms) {
      throw DomainError.field('INVITE_TERMS_REQUIRED', 'acceptTerms', 'Accept the terms of use to continue');
    }
    this.usable(await this.lookup(input.token));
    const passwordHash = await this.passwords.hash(input.password);
    const now = this.clock.now();
    return this.tx.run(async (em) => {
      // Locked: of two people using one link at once, the second finds it spent.
      const invite = this.usable(await this.repo.findByHash(sha256(input.token), em, true));
      if (invite.organisationStatus !== 'ACTIVE') throw new DomainError('ORGANISATION_SUSPENDED', 'This organisation is suspended');
      const userId = await this.repo.createPartner(
        { email: invite.email, displayName: invite.displayName, passwordHash, organisationId: invite.organisationId, locale: input.locale },
        em,
      );
      await this.repo.markAccepted(invite.id, userId, now, em);
      await this.repo.recordTerms(invite.organisationId, this.config.partnerTermsVersion, now, em);
      return { email: invite.email, userId };
    });
  }

  async revoke(viewer: Viewer, id: string): Promise<InviteRow> {
    await this.tx.run(async (em) => {
      const invite = await this.repo.findById(id, em);
      if (!invite) throw notFound('Invite', 'id');
      if (!(await this.repo.revoke(id, this.clock.now(), em)))
        throw new DomainError('INVITE_USED', 'This invite was used or withdrawn already');
      await this.changes.record(em, viewer, {
        action: 'partner_invite.revoke',
        targetType: 'PARTNER_INVITE',
        targetId: id,
        targetLabel: `${invite.displayName} <${invite.email}>`,
        before: { revoked: false },
        after: { revoked: true },
      });
    });
    return (await this.repo.findById(id))!;
  }

  open(orgId: string): Promise<InviteRow[]> {
    return this.repo.open(orgId, this.clock.now());
  }

  termsVersion(): string {
    return this.config.partnerTermsVersion;
  }

  private async lookup(token: string): Promise<InviteRow | undefined> {
    return TOKEN_PATTERN.test(token) ? this.repo.findByHash(sha256(token)) : undefined;
  }

  private usable(invite: InviteRow | undefined): InviteRow {
    if (!invite || invite.revokedAt) throw new DomainError('INVITE_INVALID', 'This invite link is not valid');
    if (invite.acceptedAt) throw new DomainError('INVITE_USED', 'This invite was used already: sign in with your e-mail address');
    if (invite.expiresAt.getTime() <= this.clock.now().getTime()) {
      throw new DomainError('INVITE_EXPIRED', 'This invite has expired: ask for a new one', {
        params: { expiresAt: invite.expiresAt.toISOString() },
      });
    }
    return invite;
  }
}
