/** One hop of a navigation, as the browser saw it. */
type Hop = { url: URL; status: number };

/**
 * The part of a browser that sign-in at an identity provider needs: it follows redirects across
 * origins and keeps each origin's cookies (name and value; Max-Age=0 removes one). `tamper` lets a
 * test play the attacker on the way, changing a URL before the browser goes there.
 */
export class RedirectBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  /** Navigates to `url` and follows redirects; returns every hop, the last one where it stopped. */
  async go(url: string, opts: { tamper?: (url: URL) => URL; maxHops?: number } = {}): Promise<Hop[]> {
    const hops: Hop[] = [];
    let next = new URL(url);
    for (let i = 0; i < (opts.maxHops ?? 20); i++) {
      const res = await fetch(next, { redirect: 'manual', headers: { cookie: this.cookieHeader(next) } });
      this.store(next, res.headers.getSetCookie());
      hops.push({ url: next, status: res.status });
      const location = res.headers.get('location');
      await res.arrayBuffer();
      if (res.status < 300 || res.status >= 400 || !location) return hops;
      next = new URL(location, next);
      if (opts.tamper) next = opts.tamper(next);
    }
    throw new Error(`more than ${opts.maxHops ?? 20} redirects: ${hops.map((h) => h.url.href).join(' → ')}`);
  }

  /** The value of a cookie this browser holds for the origin of `url`. */
  cookie(url: string, name: string): string | undefined {
    return this.jar.get(new URL(url).host)?.get(name);
  }

  cookieHeader(url: URL): string {
    return [...(this.jar.get(url.host) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private store(url: URL, setCookies: string[]): void {
    const cookies = this.jar.get(url.host) ?? new Map<string, string>();
    for (const header of setCookies) {
      const [pair = '', ...attributes] = header.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const gone = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a));
      if (gone || eq === pair.length - 1) cookies.delete(name);
      else cookies.set(name, pair.slice(eq + 1).trim());
    }
    this.jar.set(url.host, cookies);
  }
}
