import { Parser } from 'htmlparser2';
import { imageSize } from 'image-size';
import { DomainError } from '../../common/errors/domain-error.js';
import type { PlanContentType } from './floor-plan.entity.js';

export type PlanImage = { contentType: PlanContentType; content: Buffer; width: number; height: number };

/** A raster plan may be large, but not a decompression bomb for the browsers that draw it. */
export const MAX_PLAN_SIDE = 20_000;
const MAX_PLAN_PIXELS = 100_000_000;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_SIGNATURE = Buffer.from([0xff, 0xd8, 0xff]);

/**
 * Reads an uploaded floor plan. The type comes from the bytes (PNG and JPEG signatures, an XML
 * document whose root is <svg>), never from a file name or a Content-Type header; an SVG is
 * sanitised before anything else sees it. Throws a coded error naming the problem.
 */
export function readPlanImage(bytes: Buffer, maxBytes: number): PlanImage {
  if (bytes.length === 0) throw new DomainError('FLOOR_PLAN_UNSUPPORTED_TYPE', 'The upload is empty', { params: { detected: 'empty' } });
  if (bytes.length > maxBytes) throw planTooLarge(maxBytes);
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return raster(bytes, 'image/png', 'png');
  if (bytes.subarray(0, 3).equals(JPEG_SIGNATURE)) return raster(bytes, 'image/jpeg', 'jpg');
  const text = utf8(bytes);
  if (text !== undefined && SVG_ROOT.test(stripProlog(text))) return svg(text, maxBytes);
  throw new DomainError('FLOOR_PLAN_UNSUPPORTED_TYPE', 'A floor plan must be an SVG, PNG or JPEG image', {
    params: { detected: detectedType(bytes) },
  });
}

export function planTooLarge(maxBytes: number): DomainError {
  return new DomainError('FLOOR_PLAN_TOO_LARGE', `A floor plan may be at most ${maxBytes} bytes`, { params: { maxBytes } });
}

/** A PNG ends with its IEND chunk, a JPEG with the end-of-image marker: a cut-off upload has neither. */
const COMPLETE: Record<string, (b: Buffer) => boolean> = {
  png: (b) => b.lastIndexOf(Buffer.from('IEND', 'latin1')) > 8,
  jpg: (b) => b.lastIndexOf(Buffer.from([0xff, 0xd9])) > 2,
};

function raster(bytes: Buffer, contentType: PlanContentType, expected: 'png' | 'jpg'): PlanImage {
  const size = dimensions(bytes);
  if (size?.type !== expected || !COMPLETE[expected]!(bytes)) throw invalidImage('The image data is damaged or incomplete');
  if (size.width > MAX_PLAN_SIDE || size.height > MAX_PLAN_SIDE || size.width * size.height > MAX_PLAN_PIXELS) {
    throw new DomainError('FLOOR_PLAN_DIMENSIONS', `A floor plan may be at most ${MAX_PLAN_SIDE} pixels wide and high`, {
      params: { width: size.width, height: size.height, maxSide: MAX_PLAN_SIDE },
    });
  }
  return { contentType, content: bytes, width: size.width, height: size.height };
}

function svg(text: string, maxBytes: number): PlanImage {
  const clean = sanitizeSvg(text);
  const content = Buffer.from(clean, 'utf8');
  if (content.length > maxBytes) throw planTooLarge(maxBytes);
  const size = dimensions(content);
  if (!SVG_ROOT.test(clean) || size?.type !== 'svg') {
    throw invalidImage('An SVG floor plan needs a width and height or a viewBox');
  }
  return {
    contentType: 'image/svg+xml',
    content,
    width: Math.min(100_000, Math.max(1, Math.round(size.width))),
    height: Math.min(100_000, Math.max(1, Math.round(size.height))),
  };
}

function invalidImage(message: string): DomainError {
  return new DomainError('FLOOR_PLAN_INVALID_IMAGE', message);
}

function dimensions(bytes: Buffer): { type: string; width: number; height: number } | undefined {
  try {
    const r = imageSize(bytes);
    const ok = (n: number | undefined): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;
    return r.type && ok(r.width) && ok(r.height) ? { type: r.type, width: r.width, height: r.height } : undefined;
  } catch {
    return undefined;
  }
}

function detectedType(bytes: Buffer): string {
  try {
    return imageSize(bytes).type ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function utf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

const SVG_ROOT = /^<svg[\s>]/;

/**
 * Removes what may stand before the root element — the XML declaration, processing instructions
 * (an xml-stylesheet would load a remote style sheet), comments and a DOCTYPE with its internal
 * subset (entity tricks) — so the document starts at <svg.
 */
export function stripProlog(text: string): string {
  return text
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trimStart();
}

// Drawing elements only. Not allowed: script, foreignObject, iframe, animation (<set>/<animate> can
// rewrite an href to javascript:), filters (feImage loads URLs), links.
const SVG_TAGS = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'style',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker', 'image',
]); // prettier-ignore

/** Elements dropped with everything inside them (other unknown elements are dropped, their children kept). */
const DROP_WITH_CONTENT = new Set([
  'script', 'foreignobject', 'iframe', 'object', 'embed', 'audio', 'video', 'canvas', 'noscript', 'textarea',
  'set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor', 'handler', 'listener', 'filter', 'feimage',
]); // prettier-ignore

const SVG_ATTRIBUTES = new Set([
  'id', 'class', 'style', 'transform', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy',
  'width', 'height', 'd', 'points', 'viewBox', 'preserveAspectRatio', 'version', 'xml:space',
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin',
  'stroke-dasharray', 'stroke-dashoffset', 'stroke-miterlimit', 'opacity', 'color', 'visibility', 'display',
  'vector-effect', 'shape-rendering', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor',
  'dominant-baseline', 'alignment-baseline', 'letter-spacing', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust',
  'startOffset', 'offset', 'stop-color', 'stop-opacity', 'gradientUnits', 'gradientTransform', 'spreadMethod',
  'patternUnits', 'patternContentUnits', 'patternTransform', 'clip-path', 'clipPathUnits', 'clip-rule', 'mask',
  'maskUnits', 'maskContentUnits', 'marker-start', 'marker-mid', 'marker-end', 'markerWidth', 'markerHeight',
  'refX', 'refY', 'orient', 'markerUnits', 'href', 'xlink:href',
]); // prettier-ignore

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** url(...) that points anywhere but into the document itself. */
const EXTERNAL_URL = /url\(\s*(?!['"]?#)[^)]*\)/gi;
const EMBEDDED_RASTER = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=\s]+$/;

/**
 * CSS (a style attribute or a <style> element) without comments or escapes (which could hide a
 * url), imports, external url()s, image-set() and legacy script hooks.
 */
export function scrubCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\\/g, '')
    .replace(/@import[^;]*;?/gi, '')
    .replace(EXTERNAL_URL, 'none')
    .replace(/(-webkit-)?image-set\s*\(|\bsrc\s*\(|expression\s*\(|-moz-binding|behavior\s*:/gi, 'none(');
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

function cleanAttributes(tag: string, attribs: Record<string, string>, root: boolean): string {
  const kept: [string, string][] = root
    ? [
        ['xmlns', SVG_NS],
        ['xmlns:xlink', XLINK_NS],
      ]
    : [];
  for (const [name, value] of Object.entries(attribs)) {
    if (!SVG_ATTRIBUTES.has(name)) continue;
    if (name === 'href' || name === 'xlink:href') {
      const v = value.trim();
      if (v.startsWith('#') || (tag === 'image' && EMBEDDED_RASTER.test(v))) kept.push([name, v]);
    } else {
      kept.push([name, value.includes('(') || name === 'style' ? scrubCss(value) : value]);
    }
  }
  return kept.map(([n, v]) => ` ${n}="${escapeAttr(v)}"`).join('');
}

/**
 * The SVG with only drawing elements and presentation attributes: no script, no event handler
 * (on*), no foreignObject, no reference outside the document (href only to #fragments, or an
 * embedded PNG/JPEG for <image>; url() only to #fragments), no comments, processing instructions
 * or DOCTYPE. An allowlist over htmlparser2 in XML mode — the parser sanitize-html uses; sanitize-html
 * itself is CommonJS requiring the ESM-only htmlparser2 12, which Jest's module loader cannot load
 * on Node 20, and its HTML-minded rules keep the children of dropped elements such as foreignObject.
 */
export function sanitizeSvg(text: string): string {
  let out = '';
  let dropDepth = 0;
  let seenRoot = false;
  const open: { name: string; kept: boolean }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (dropDepth > 0 || DROP_WITH_CONTENT.has(name.toLowerCase())) {
          dropDepth++;
          return;
        }
        const root = !seenRoot && name === 'svg';
        seenRoot ||= root;
        const kept = seenRoot && SVG_TAGS.has(name);
        open.push({ name, kept });
        if (kept) out += `<${name}${cleanAttributes(name, attribs, root)}>`;
      },
      ontext(data) {
        if (dropDepth > 0 || !seenRoot) return;
        out += escapeText(open[open.length - 1]?.name === 'style' ? scrubCss(data) : data);
      },
      onclosetag() {
        if (dropDepth > 0) {
          dropDepth--;
          return;
        }
        const el = open.pop();
        if (el?.kept) out += `</${el.name}>`;
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(stripProlog(text));
  parser.end();
  return out.trim();
}
