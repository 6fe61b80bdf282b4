/**
 * Plays a lab's solution.txt or attempt.txt as a trainee would type it: each `elsim …` line runs
 * through the CLI in-process, with $LABDEF (the lab's folder) and $LAB (the lab directory)
 * replaced. A line may end with `# rc=N`, the exit code it must give; solution lines without one
 * must exit 0. `# unmet: a, b` names the goals an attempt leaves unmet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { fixedClock, memoryIo } from '../../src/core/Io.js';
import { labsRoot } from '../../src/app/lab/labDefinition.js';

export interface PlayedLine {
  line: string;
  code: number;
  want: number | undefined;
  out: string[];
  err: string[];
}

export interface Script {
  lines: { args: string[]; want: number | undefined; text: string }[];
  unmet: string[];
}

export function readScript(lab: string, file: 'solution.txt' | 'attempt.txt', home: string): Script {
  const folder = join(labsRoot, lab);
  const lines: Script['lines'] = [];
  let unmet: string[] = [];
  for (const raw of readFileSync(join(folder, file), 'utf8').split('\n')) {
    const m = /^#\s*unmet:\s*(.*)$/.exec(raw.trim());
    if (m) unmet = m[1]!.split(',').map((s) => s.trim()).filter(Boolean);
    const [cmd, comment] = raw.split(/\s+#\s*/, 2) as [string, string | undefined];
    const text = cmd.trim();
    if (text === '' || text.startsWith('#')) continue;
    const words = text.replaceAll('$LABDEF', folder).replaceAll('$LAB', home).split(/\s+/);
    if (words[0] !== 'elsim') throw new Error(`${lab}/${file}: not an elsim command: ${text}`);
    const rc = comment ? /rc=(\d+)/.exec(comment) : null;
    lines.push({ args: words.slice(1), want: rc ? Number(rc[1]) : undefined, text });
  }
  return { lines, unmet };
}

export async function playScript(script: Script, now: string): Promise<PlayedLine[]> {
  const played: PlayedLine[] = [];
  for (const l of script.lines) {
    const io = memoryIo(fixedClock(now));
    const code = await runCli(l.args, io);
    played.push({ line: l.text, code, want: l.want, out: io.stdout, err: io.stderr });
  }
  return played;
}
