import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig, DataKeyRing } from '../../config/config.js';

/** A value encrypted at rest: which key, the random IV, and the ciphertext with its 16-byte GCM tag appended. */
export type Sealed = { keyId: string; iv: Buffer; ciphertext: Buffer };

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Thrown when a value cannot be opened; deliberately says nothing about the value. */
export class DataCipherError extends Error {
  constructor(reason: 'unknown key' | 'not authentic') {
    super(`cannot decrypt a stored value: ${reason}`);
    this.name = 'DataCipherError';
  }
}

/** AES-256-GCM with a fresh random IV; `aad` (e.g. the booking id) binds the ciphertext to its row. */
export function seal(ring: DataKeyRing, plaintext: string, aad: string): Sealed {
  const key = ring.keys.get(ring.currentId)!;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return { keyId: ring.currentId, iv, ciphertext };
}

export function open(ring: DataKeyRing, sealed: Sealed, aad: string): string {
  const key = ring.keys.get(sealed.keyId);
  if (!key) throw new DataCipherError('unknown key');
  if (sealed.iv.length !== IV_BYTES || sealed.ciphertext.length < TAG_BYTES) throw new DataCipherError('not authentic');
  const body = sealed.ciphertext.subarray(0, sealed.ciphertext.length - TAG_BYTES);
  const tag = sealed.ciphertext.subarray(sealed.ciphertext.length - TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    throw new DataCipherError('not authentic');
  }
}

/** The application's key ring (DATA_ENCRYPTION_KEY) as an injectable service. */
@Injectable()
export class DataCipher {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get currentKeyId(): string {
    return this.config.dataKeys.currentId;
  }

  seal(plaintext: string, aad: string): Sealed {
    return seal(this.config.dataKeys, plaintext, aad);
  }

  open(sealed: Sealed, aad: string): string {
    return open(this.config.dataKeys, sealed, aad);
  }
}
