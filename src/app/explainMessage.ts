/** `elsim explain ID`: what a message means, from whichever catalogue holds it. */
import type { Catalogue, MessageDef } from '../core/catalogue.js';
import { els } from '../core/elsMessages.js';
import { sim } from '../core/simMessages.js';
import { iefc } from '../jcl/messages.js';
import { jes } from '../jes/messages.js';
import { sls } from '../sluadmin/messages.js';
import { smcMessages } from '../smc/messages.js';

const catalogues: readonly { family: string; cat: Catalogue<string> }[] = [
  { family: 'z/OS converter', cat: iefc as Catalogue<string> },
  { family: 'z/OS JES2 and allocation', cat: jes as Catalogue<string> },
  { family: 'ELS SLUADMIN', cat: sls as Catalogue<string> },
  { family: 'ELS SMC', cat: smcMessages as Catalogue<string> },
  { family: 'elsim', cat: sim as Catalogue<string> },
  { family: 'elsim CDS file', cat: els as Catalogue<string> },
];

/** The message text with its inserts shown as `<1>`, `<2>` … (the catalogue numbers them from 0). */
function pattern(text: string): string {
  return text.replace(/\{(\d+)\}/g, (_, n: string) => `<${Number(n) + 1}>`);
}

export function explainMessage(id: string): string | undefined {
  const key = id.toUpperCase();
  for (const { family, cat } of catalogues) {
    const def = (cat.defs as Record<string, MessageDef>)[key];
    if (def) return `${key} ${pattern(def.text)}\n(${family} message; <n> stands for an insert)\n\n${pattern(def.explain)}`;
  }
  return undefined;
}
