// Compiles the message files (messages/{locale}/*.json → src/lib/paraglide) for svelte-check and
// the unit tests, which run without the Vite plugin. Run as a script (npm run messages, check,
// prepare), or as vitest's global setup, which runs it in a child process: the compiler leaves
// handles open that would keep vitest from exiting.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);

export default function compileMessages() {
	execFileSync(process.execPath, [self], { stdio: 'inherit' });
}

if (process.argv[1] === self) {
	const { compile } = await import('@inlang/paraglide-js');
	const { paraglideOptions } = await import('../paraglide.config.js');
	await compile(paraglideOptions);
	process.exit(0);
}
