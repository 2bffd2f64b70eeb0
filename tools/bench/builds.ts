// Benchmark builds: a copy of the project with multiplied content, built cold with its wall time
// and peak memory measured.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProjectTo } from '../project-copy.ts';
import { generateContent } from './generate-content.ts';
import { astroBuildEnv, astroEntry } from '../astro-build.ts';
import { htmlFiles } from '../html-files.ts';

export type BuildResult = { factor: number; pages: number; seconds: number; peakMiB: number };

/** A copy of the project `root` in `work` with the content multiplied by `factor`. */
export function prepareProject(root: string, work: string, factor: number): string {
  const dir = copyProjectTo(root, join(work, `site-x${factor}`), ['content']);
  generateContent(join(root, 'content'), join(dir, 'content'), factor);
  return dir;
}

const countPages = (dir: string): number => htmlFiles(dir).length;

/** Runs `astro build` in `project`, measuring wall time and the peak resident memory. */
export async function timedBuild(
  project: string,
  outDir: string,
  env: Record<string, string> = {},
) {
  const astro = join(project, astroEntry);
  const useTime = existsSync('/usr/bin/time');
  const command = useTime ? '/usr/bin/time' : process.execPath;
  const args = useTime
    ? ['-v', process.execPath, astro, 'build', '--silent']
    : [astro, 'build', '--silent'];
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: project,
    env: {
      ...process.env,
      ...env,
      ...astroBuildEnv(outDir, join(outDir, '..', `cache-${Date.now()}`)),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  // Without GNU time, sample the peak RSS the kernel keeps for the process (VmHWM).
  let sampledKiB = 0;
  const sampler = useTime
    ? undefined
    : setInterval(() => {
        try {
          const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
          sampledKiB = Math.max(sampledKiB, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
        } catch {
          // The process has just ended.
        }
      }, 50);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (code !== 0)
    throw new Error(`La construction a échoué (${project}) :\n${stderr.slice(-3000)}`);
  const peakKiB = useTime
    ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0)
    : sampledKiB;
  return { seconds, peakMiB: peakKiB / 1024, pages: countPages(outDir) };
}
