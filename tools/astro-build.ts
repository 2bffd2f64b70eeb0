// How the tests and the benchmark run `astro build` away from the working tree's dist/ (the
// output and cache folders are read by astro.config.mjs).

/** Astro's command-line entry, relative to the project being built. */
export const astroEntry = 'node_modules/astro/bin/astro.mjs';

/** The environment of a build writing to `outDir` with its own cache; telemetry off (no network). */
export const astroBuildEnv = (outDir: string, cacheDir: string) => ({
  ASTRO_OUT_DIR: outDir,
  ASTRO_CACHE_DIR: cacheDir,
  ASTRO_TELEMETRY_DISABLED: '1',
});
