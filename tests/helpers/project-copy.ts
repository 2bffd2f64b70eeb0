// A temporary copy of the project (tools/project-copy.ts), for tests that build the site from
// changed content: the real project, its content and its caches stay untouched.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from './content.ts';
import { copyProjectTo } from '../../tools/project-copy.ts';
import { astroBuildEnv, astroEntry } from '../../tools/astro-build.ts';

const run = promisify(execFile);

/** Copies the project into a new temporary folder (prefix `prefix`) and returns its path. */
export const copyProject = (prefix: string): string =>
  copyProjectTo(projectRoot, mkdtempSync(join(tmpdir(), prefix)));

export type CommandResult = { code: number; output: string };

/** Runs the pinned Node.js on a script with arguments in `cwd`; never throws on a failure. */
export async function runNode(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, args, {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? 1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

/** `astro build` in a copy, with its own cache (the linked node_modules is shared). */
export const buildCopy = (dir: string) =>
  runNode([astroEntry, 'build'], dir, astroBuildEnv(join(dir, 'dist'), join(dir, '.astro-cache')));
