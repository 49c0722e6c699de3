// Builds what `npm start` runs: the API, migrations and seeds (swc, about a second) and the web app.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const swc = join(root, 'node_modules/.bin/swc');

for (const pkg of ['migrations', 'seeds', 'api', 'test', 'bench']) {
  const dir = join(root, pkg);
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  execFileSync(
    swc,
    [
      'src',
      '-d',
      'dist',
      '--strip-leading-paths',
      '--config-file',
      join(root, '.swcrc'),
      '--quiet',
      '--ignore',
      '**/*.spec.ts,**/*.int-spec.ts,**/*.e2e-spec.ts',
    ],
    { cwd: dir, stdio: 'inherit' },
  );
}

if (existsSync(join(root, 'web/package.json'))) {
  execFileSync('npm', ['run', 'build', '--workspace', '@plekwijzer/web'], { cwd: root, stdio: 'inherit' });
}
