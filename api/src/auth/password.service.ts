import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (OWASP: 19 MiB, two passes, one lane). */
@Injectable()
export class PasswordService {
  /** A hash of a random string: verifying against it costs as much as a real check. */
  private readonly dummy = hash('plekwijzer-timing-equaliser');

  hash(password: string): Promise<string> {
    return hash(password);
  }

  /** Always runs one argon2 verification, so a missing account takes as long as a wrong password. */
  async verify(hashed: string | null | undefined, password: string): Promise<boolean> {
    try {
      return await verify(hashed ?? (await this.dummy), password);
    } catch {
      return false;
    }
  }
}
