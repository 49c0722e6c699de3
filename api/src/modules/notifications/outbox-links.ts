import { Injectable } from '@nestjs/common';

/** Builds the secret links of one template's message from its parameters, at send time. */
export type LinkBuilder = (params: Record<string, unknown>) => Record<string, string>;

/**
 * Secret links (an invite's token) are never stored in the outbox: the message holds a
 * placeholder such as `{{inviteUrl}}` and the feature that owns the link fills it in when the
 * worker sends. Features register their builder while their module starts.
 */
@Injectable()
export class OutboxLinks {
  private readonly builders = new Map<string, LinkBuilder>();

  register(templateKey: string, builder: LinkBuilder): void {
    this.builders.set(templateKey, builder);
  }

  /** The body with every known placeholder of its template filled in. */
  fill(templateKey: string, params: Record<string, unknown>, body: string): string {
    const builder = this.builders.get(templateKey);
    if (!builder) return body;
    const links = builder(params);
    return body.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => links[name] ?? whole);
  }
}
