// `npm test`: build, formatting, lint, type-check, then every test suite; one summary line at the end.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from './summarize.mjs';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules/.bin', name);
const results = join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const env = {
  ...process.env,
  TZ: 'UTC',
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --disable-warning=ExperimentalWarning`.trim(),
};

const steps = [
  ['build', 'node', ['scripts/build.mjs']],
  ['format', bin('prettier'), ['--check', '--log-level=warn', '.']],
  ['project graph', bin('nx'), ['show', 'projects'], { quiet: true }],
  ['lint', bin('eslint'), ['--max-warnings=0', '.']],
  ['type-check', bin('tsc'), ['-p', 'tsconfig.json']],
  ['type-check web', bin('tsc'), ['-p', 'web/tsconfig.json']],
  ['web bundle size', 'node', ['web/scripts/bundle-report.mjs', '250']],
  [
    'unit, web and integration tests',
    bin('jest'),
    ['--selectProjects=unit', 'web', 'integration', '--json', `--outputFile=${join(results, 'jest.json')}`],
  ],
];

// Browser tests need Debian's Chromium. Locally they are left out with a clear message; in CI a
// missing browser is a failure, not a skip.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) {
  steps.push(['browser tests', bin('jest'), ['--selectProjects=e2e', '--json', `--outputFile=${join(results, 'e2e.json')}`]]);
} else if (process.env.CI) {
  steps.push([
    'browser tests',
    'node',
    ['-e', `console.error('Chromium is missing at ${chromium}: apt-get install -y chromium chromium-l10n'); process.exit(1)`],
  ]);
} else {
  console.log(`\n⚠ Browser tests NOT run: no Chromium at ${chromium}. Install it with: sudo apt-get install -y chromium chromium-l10n`);
}

// The compose file is checked when a compose CLI is on the machine (docker compose v2 or docker-compose v1).
const composeCli = [
  ['docker', ['compose', 'version']],
  ['docker-compose', ['version']],
].find(([cmd, args]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0);
if (composeCli) {
  const [cmd] = composeCli;
  const args = cmd === 'docker' ? ['compose', '-f', 'docker/compose.yml', 'config', '-q'] : ['-f', 'docker/compose.yml', 'config', '-q'];
  steps.splice(1, 0, ['docker compose config', cmd, args, { env: { JWT_SECRET: 'compose-config-check' } }]);
}

const failed = [];
for (const [name, cmd, args, opts = {}] of steps) {
  const started = Date.now();
  process.stdout.write(`\n▶ ${name}\n`);
  const r = spawnSync(cmd, args, { cwd: root, env: { ...env, ...opts.env }, stdio: opts.quiet ? 'ignore' : 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status === 0) process.stdout.write(`✓ ${name} (${seconds} s)\n`);
  else {
    failed.push(name);
    process.stdout.write(`✗ ${name} failed (${seconds} s)\n`);
  }
}

const summary = summarize(results);
if (failed.length) console.log(`\nFailed steps: ${failed.join(', ')}`);
console.log(`\n${summary.line}`);
process.exit(failed.length || summary.failed ? 1 : 0);
