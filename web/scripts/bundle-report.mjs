// Prints how much gzipped JavaScript each route loads on first visit (entry + the route's chunk and
// their static imports), from Vite's build manifest, and fails when the pages a visit starts on (the
// login page and the start page, Werkplek zoeken) exceed the limit. `node scripts/bundle-report.mjs [limitKb]`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const limitKb = Number(process.argv[2] ?? 250);

function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
  return seen;
}
const gz = (file) => gzipSync(readFileSync(join(dist, file))).length;

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const routes = Object.keys(manifest).filter((k) => /src\/pages\/\w+Page\.tsx$/.test(k));
const FIRST_PAGES = ['LoginPage.tsx', 'DeskFinderPage.tsx'];
let worst = 0;
for (const route of routes) {
  const keys = new Set([...closure(entry), ...closure(route)]);
  const bytes = [...keys].reduce((sum, k) => sum + gz(manifest[k].file), 0);
  const name = route.replace(/.*pages\//, '');
  if (FIRST_PAGES.includes(name)) worst = Math.max(worst, bytes);
  console.log(
    `${name.padEnd(22)} ${(bytes / 1024).toFixed(1).padStart(7)} kB gzipped JS on first load${FIRST_PAGES.includes(name) ? ' (a first page)' : ''}`,
  );
}
console.log(`largest first page: ${(worst / 1024).toFixed(1)} kB (limit ${limitKb} kB)`);
process.exit(worst / 1024 > limitKb ? 1 : 0);
