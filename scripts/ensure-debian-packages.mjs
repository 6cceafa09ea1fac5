// Make sure the Debian packages the demo and the tests run on are there: Chromium (the demo, the e2e tests) and python3
// (the corpus test runs test/corpus's batch scripts). Installs one with apt-get when missing and running as root on
// Debian; otherwise says what to run. Never downloads a browser of its own.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** `path` if it exists, else Debian's `pkg` installed (as root, with apt-get), else an error naming the command to run. */
function ensureDebianPackage(pkg, path, { what = pkg, envVar } = {}) {
  if (fs.existsSync(path)) return path;
  const canInstall = process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get') && !(envVar && process.env[envVar]);
  if (!canInstall) {
    throw new Error(
      `${what} not found at ${path}. Install Debian's package (sudo apt-get install ${pkg})${envVar ? ` or set ${envVar}` : ''}.`,
    );
  }
  console.log(`${what} is missing: installing Debian's ${pkg} package...`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  const install = spawnSync('apt-get', ['install', '-y', '-qq', pkg], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (install.status !== 0 || !fs.existsSync(path)) throw new Error(`Installing ${what} failed; see the output above.`);
  return path;
}

export function ensureChromium() {
  return ensureDebianPackage('chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', {
    what: 'Chromium',
    envVar: 'CHROMIUM_PATH',
  });
}

/** python3 on the PATH (any install), else Debian's python3. */
export function ensurePython3() {
  if (spawnSync('python3', ['--version'], { stdio: 'ignore' }).status === 0) return 'python3';
  return ensureDebianPackage('python3', '/usr/bin/python3');
}
