// tsc does not emit a .js that has a .d.ts beside it: copy the generated ohm bundles into dist/.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';

mkdirSync('dist/grammar', { recursive: true });
for (const f of readdirSync('grammar')) if (f.endsWith('.ohm-bundle.js')) copyFileSync(`grammar/${f}`, `dist/grammar/${f}`);
