import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

@Injectable()
export class PasswordService {
  /** A hash of a random string: verifying against it costs as much as a real check. */
  private readonly dummy = argon2.hash('plekwijzer-timing-equaliser');

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  /** Always runs one argon2 verification, so a missing account takes as long as a wrong password. */
  async verify(hash: string | null | undefined, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash ?? (await this.dummy), password);
    } catch {
      return false;
    }
  }
}
