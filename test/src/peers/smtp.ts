import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';

/** A received message: parsed, with the raw iCalendar invite when it carried one. */
export type ReceivedMail = ParsedMail & { ics?: string; icsMethod?: string };

/**
 * A real SMTP server on 127.0.0.1 for tests: receives messages, parses them with mailparser, and can
 * be stopped and started again on the same port (the "mail server is down" case). Addresses in
 * `refuse` are turned away with a permanent 550.
 */
export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  readonly refuse = new Set<string>();
  private server: SMTPServer | undefined;

  private constructor(public port: number) {}

  static async start(): Promise<TestSmtpServer> {
    const s = new TestSmtpServer(0);
    await s.listen();
    return s;
  }

  /** The environment a test API needs to send here. */
  get env(): Record<string, string> {
    return { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(this.port), MAIL_FROM: 'Plekwijzer <no-reply@kleinbeek.be>' };
  }

  get running(): boolean {
    return this.server !== undefined;
  }

  async listen(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, cb) => {
        if (this.refuse.has(address.address.toLowerCase())) {
          const err = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 });
          return cb(err);
        }
        cb();
      },
      onData: (stream: SMTPServerDataStream, _session, cb) => {
        simpleParser(stream)
          .then((mail) => {
            this.received.push(withIcs(mail));
            cb();
          })
          .catch(cb);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops accepting connections: senders get ECONNREFUSED until `listen()` again. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  /** Messages to this address, oldest first. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => addresses(m).includes(address.toLowerCase()));
  }

  /** Waits until `count` messages arrived (or the timeout passes) and returns them all. */
  async waitFor(count: number, timeoutMs = 15_000): Promise<ReceivedMail[]> {
    const until = Date.now() + timeoutMs;
    while (this.received.length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
    return this.received;
  }
}

function addresses(m: ParsedMail): string[] {
  const to = Array.isArray(m.to) ? m.to : m.to ? [m.to] : [];
  return to.flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));
}

function withIcs(mail: ParsedMail): ReceivedMail {
  const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar') || a.contentType === 'application/ics');
  if (!part) return mail;
  const ics = part.content.toString('utf8');
  return Object.assign(mail, { ics, icsMethod: /^METHOD:(\w+)/m.exec(ics)?.[1] });
}
