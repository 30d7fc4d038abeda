// Makes sure a Chromium binary exists for the browser tests. On this project's machines
// (Debian, root) it installs Debian's package; it never downloads a browser build of its own.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
if (candidates.some((p) => p && existsSync(p))) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = isRoot ? '' : 'sudo ';
try {
	console.log('Chromium not found: installing Debian package "chromium"…');
	execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, { stdio: 'inherit' });
} catch {
	console.error('Could not install Chromium. Install it yourself (apt-get install chromium) or set CHROMIUM_PATH.');
	process.exit(1);
}
