import { chainHash, checkChain, GENESIS_HASH, type AuditFacts, type ChainedEntry } from './audit-chain.js';

const facts = (i: number): AuditFacts => ({
  occurredAt: new Date(Date.UTC(2027, 0, 11, 8, i)),
  actorId: '3f0c2b9e-1d4a-4c55-9b1e-7a2d8c6e5f10',
  bookingId: '9f1f8d76-5b1e-4d0a-9a7e-2b0c8c3f5d11',
  subjectId: null,
  action: 'READ_DETAILS',
  result: i % 2 ? 'DENIED' : 'ALLOWED',
  requestId: `req-${i}`,
});

function chain(n: number): ChainedEntry[] {
  const out: ChainedEntry[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const seq = String(i);
    const hash = chainHash(prev, seq, facts(i));
    out.push({ ...facts(i), seq, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

const START = { seq: '0', hash: GENESIS_HASH };

describe('the audit hash chain', () => {
  it('accepts an untouched chain, also checked in batches', () => {
    const c = chain(5);
    expect(checkChain(c, START)).toEqual({ ok: true, lastSeq: '5', lastHash: c[4]!.hash });
    const first = checkChain(c.slice(0, 2), START);
    expect(first.ok && checkChain(c.slice(2), { seq: first.lastSeq, hash: first.lastHash }).ok).toBe(true);
  });

  it('finds an edited field, a removed entry, a swapped pair and a forged successor', () => {
    const edited = chain(4).map((e) =>
      e.seq === '2' ? { ...e, result: e.result === 'ALLOWED' ? ('DENIED' as const) : ('ALLOWED' as const) } : e,
    );
    expect(checkChain(edited, START)).toEqual({ ok: false, seq: '2', problem: 'HASH_MISMATCH' });
    const removed = chain(4).filter((e) => e.seq !== '3');
    expect(checkChain(removed, START)).toMatchObject({ ok: false, seq: '3', problem: 'GAP' });
    const c = chain(4);
    const swapped = [c[0]!, { ...c[2]!, seq: '2' }, { ...c[1]!, seq: '3' }, c[3]!];
    expect(checkChain(swapped, START).ok).toBe(false);
    const rehashed = chain(4).map((e) =>
      e.seq === '2' ? { ...e, actorId: null, hash: chainHash(e.prevHash, e.seq, { ...e, actorId: null }) } : e,
    );
    expect(checkChain(rehashed, START)).toEqual({ ok: false, seq: '3', problem: 'BROKEN_LINK' });
  });

  it('depends on every fact, to the millisecond', () => {
    const f = facts(1);
    const base = chainHash(GENESIS_HASH, '1', f);
    expect(chainHash(GENESIS_HASH, '1', { ...f, occurredAt: new Date(f.occurredAt.getTime() + 1) })).not.toBe(base);
    expect(chainHash(GENESIS_HASH, '2', f)).not.toBe(base);
    expect(chainHash(GENESIS_HASH, '1', { ...f, requestId: null })).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });
});
