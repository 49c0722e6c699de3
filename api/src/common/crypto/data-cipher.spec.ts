import { randomBytes } from 'node:crypto';
import { ConfigError, parseKeyRing } from '../../config/config.js';
import { DataCipherError, open, seal } from './data-cipher.js';

const key = () => randomBytes(32).toString('base64');
const BOOKING = '3f0c2b9e-1d4a-4c55-9b1e-7a2d8c6e5f10';

describe('AES-256-GCM for client details', () => {
  it('round-trips, with a fresh IV every time, and never stores the plaintext', () => {
    const ring = parseKeyRing(`k1:${key()}`);
    const a = seal(ring, 'Marker J.D. — dossier 42', BOOKING);
    const b = seal(ring, 'Marker J.D. — dossier 42', BOOKING);
    expect(a.iv.equals(b.iv)).toBe(false);
    expect(a.ciphertext.equals(b.ciphertext)).toBe(false);
    expect(a.ciphertext.includes(Buffer.from('Marker'))).toBe(false);
    expect(a.keyId).toBe('k1');
    expect(open(ring, a, BOOKING)).toBe('Marker J.D. — dossier 42');
  });

  it('refuses a ciphertext moved to another booking, or altered in any byte', () => {
    const ring = parseKeyRing(`k1:${key()}`);
    const sealed = seal(ring, 'J.D.', BOOKING);
    expect(() => open(ring, sealed, '00000000-0000-4000-8000-000000000000')).toThrow(DataCipherError);
    const flipped = Buffer.from(sealed.ciphertext);
    flipped[0]! ^= 1;
    expect(() => open(ring, { ...sealed, ciphertext: flipped }, BOOKING)).toThrow(DataCipherError);
    expect(() => open(ring, { ...sealed, keyId: 'k9' }, BOOKING)).toThrow('unknown key');
  });

  it('rotates: the first key encrypts, older keys still decrypt', () => {
    const old = key();
    const before = parseKeyRing(`old:${old}`);
    const after = parseKeyRing(`new:${key()},old:${old}`);
    const sealed = seal(before, 'J.D.', BOOKING);
    expect(open(after, sealed, BOOKING)).toBe('J.D.');
    expect(seal(after, 'x', BOOKING).keyId).toBe('new');
  });

  it('accepts base64 and base64url keys and names what is wrong without echoing a key', () => {
    expect(parseKeyRing(`a:${randomBytes(32).toString('base64url')}`).currentId).toBe('a');
    const secret = randomBytes(16).toString('base64');
    for (const bad of [`a:${secret}`, `:${key()}`, key(), `a b:${key()}`, `a:${key()},a:${key()}`, `a:not base64!`]) {
      expect(() => parseKeyRing(bad)).toThrow(ConfigError);
      try {
        parseKeyRing(bad);
      } catch (err) {
        expect((err as Error).message).not.toContain(secret);
      }
    }
  });
});
