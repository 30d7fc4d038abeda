// Compiles the message files once (for svelte-check and vitest before any Vite build has run).
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../paraglide.config.js';

await compile(paraglideOptions);
