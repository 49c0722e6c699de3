import { DomainError } from '../../common/errors/domain-error.js';
import { readPlanImage, sanitizeSvg } from './floor-plan-image.js';

const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const JPEG_1x1 = Buffer.concat([
  Buffer.from(
    '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
    'base64',
  ),
  Buffer.from([0xff, 0xd9]),
]);
const MB = 1024 * 1024;

function reason(f: () => unknown): string | undefined {
  try {
    f();
  } catch (err) {
    if (err instanceof DomainError) return err.code;
    throw err;
  }
  return undefined;
}

describe('reading an uploaded floor plan by its content', () => {
  it('knows PNG and JPEG by their signature and reads their size', () => {
    expect(readPlanImage(PNG_1x1, MB)).toMatchObject({ contentType: 'image/png', width: 1, height: 1 });
    expect(readPlanImage(JPEG_1x1, MB)).toMatchObject({ contentType: 'image/jpeg', width: 1, height: 1 });
  });

  it('knows an SVG by its root element, whatever stands before it, and takes its size from the viewBox', () => {
    const svg = `\uFEFF<?xml version="1.0"?>\n<!-- plan -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 600"><rect width="10" height="10"/></svg>`;
    expect(readPlanImage(Buffer.from(svg), MB)).toMatchObject({ contentType: 'image/svg+xml', width: 1200, height: 600 });
  });

  it('refuses other images, text, an empty file, a damaged PNG, an SVG without size and a file over the limit', () => {
    expect(reason(() => readPlanImage(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00'), MB))).toBe('FLOOR_PLAN_UNSUPPORTED_TYPE');
    expect(reason(() => readPlanImage(Buffer.from('<html><script>alert(1)</script></html>'), MB))).toBe('FLOOR_PLAN_UNSUPPORTED_TYPE');
    expect(reason(() => readPlanImage(Buffer.from('%PDF-1.7 plan.svg'), MB))).toBe('FLOOR_PLAN_UNSUPPORTED_TYPE');
    expect(reason(() => readPlanImage(Buffer.alloc(0), MB))).toBe('FLOOR_PLAN_UNSUPPORTED_TYPE');
    expect(reason(() => readPlanImage(PNG_1x1.subarray(0, 12), MB))).toBe('FLOOR_PLAN_INVALID_IMAGE');
    expect(reason(() => readPlanImage(PNG_1x1.subarray(0, 40), MB))).toBe('FLOOR_PLAN_INVALID_IMAGE');
    expect(reason(() => readPlanImage(JPEG_1x1.subarray(0, JPEG_1x1.length - 2), MB))).toBe('FLOOR_PLAN_INVALID_IMAGE');
    expect(reason(() => readPlanImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), MB))).toBe('FLOOR_PLAN_INVALID_IMAGE');
    expect(reason(() => readPlanImage(Buffer.alloc(2 * MB, 0x20), MB))).toBe('FLOOR_PLAN_TOO_LARGE');
  });
});

describe('sanitising an SVG floor plan', () => {
  const wrap = (inner: string, attrs = '') =>
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100"${attrs}>${inner}</svg>`;

  it('drops scripts, event handlers and foreignObject', () => {
    const out = sanitizeSvg(
      wrap(
        `<script>alert(1)</script><script><![CDATA[alert(2)]]></script>` +
          `<rect width="1" height="1" onclick="alert(3)" onMouseOver="alert(4)"/>` +
          `<foreignObject><div>alert(5)</div><iframe src="https://evil.example"></iframe></foreignObject>`,
        ' onload="alert(6)"',
      ),
    );
    expect(out).not.toMatch(/script|alert|onclick|onmouseover|onload|foreignObject|iframe|evil/i);
    expect(out).toContain('<rect width="1" height="1"');
  });

  it('drops every reference outside the document: links, remote images, use of other files, xml-stylesheet, DOCTYPE entities', () => {
    const out = sanitizeSvg(
      `<?xml-stylesheet href="https://evil.example/x.css"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>` +
        wrap(
          `<a href="javascript:alert(1)"><text>&x;</text></a>` +
            `<image href="https://evil.example/a.png" width="1" height="1"/>` +
            `<image xlink:href="data:image/svg+xml;base64,PHN2Zz4=" width="1" height="1"/>` +
            `<use href="other.svg#door"/><use xlink:href="//evil.example/x.svg#y"/><use href="#ok"/>` +
            `<set attributeName="href" to="javascript:alert(1)"/><animate attributeName="href" values="javascript:alert(1)"/>`,
        ),
    );
    expect(out).not.toMatch(/evil|javascript|passwd|ENTITY|stylesheet|other\.svg|<a[\s>]|<set|<animate|svg\+xml/i);
    expect(out).toContain('<use href="#ok">');
  });

  it('keeps an embedded PNG picture and internal gradients, but no remote url() in attributes or style', () => {
    const png = `data:image/png;base64,${PNG_1x1.toString('base64')}`;
    const out = sanitizeSvg(
      wrap(
        `<style>@import url(https://evil.example/a.css); .wall { fill: url(https://evil.example/p.png); stroke: #333 }</style>` +
          `<linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient>` +
          `<rect class="wall" fill="url(#g)" width="1" height="1"/>` +
          `<rect fill="url('https://evil.example/x')" style="fill: url(//evil.example/y); stroke: red" width="1" height="1"/>` +
          `<image href="${png}" width="1" height="1"/>`,
      ),
    );
    expect(out).not.toMatch(/evil|@import/);
    expect(out).toContain('fill="url(#g)"');
    expect(out).toContain('stroke: #333');
    expect(out).toContain(`href="${png}"`);
  });
});
