// The CMS backend this build is for (Node only): the environment's choice, checked against the
// installed Decap version. Read by the admin page and by the headers of /admin/ alike.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { backendFromEnv } from './backends.ts';

export const installedDecapVersion = JSON.parse(
  // From the working directory: this module is also bundled into the build, where import.meta.url moves.
  readFileSync(join(process.cwd(), 'node_modules/decap-cms-app/package.json'), 'utf8'),
).version as string;

export const buildBackend = () => backendFromEnv(process.env, installedDecapVersion);
