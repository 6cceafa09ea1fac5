// Make sure Debian's Chromium is there for the demo and the e2e tests. Installs it with apt-get when missing and
// running as root on Debian; otherwise says what to run. Never downloads a browser of its own.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

export function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (fs.existsSync(chromium)) return chromium;
  const canInstall = process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get') && !process.env.CHROMIUM_PATH;
  if (!canInstall) {
    throw new Error(
      `Chromium not found at ${chromium}. Install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  console.log("Chromium is missing: installing Debian's chromium package (about 30 s)...");
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (install.status !== 0 || !fs.existsSync(chromium))
    throw new Error('Installing Chromium failed; see the output above.');
  return chromium;
}
