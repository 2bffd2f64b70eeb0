// Refuses to build a site from invalid content: Astro itself only logs a dangling reference,
// and would publish a territory whose porteur does not exist.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblem, validateContent } from '../content/validation/validate-content.ts';

export default function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems, warnings } = validateContent(`${root}content`, root);
        for (const warning of warnings) logger.warn(formatProblem(warning));
        if (problems.length === 0) return;
        const list = problems.map((p) => `  ✗ ${formatProblem(p)}`).join('\n');
        if (command === 'build') {
          throw new Error(
            `Le contenu contient ${problems.length} problème(s) ; le site n’est pas publié.\n${list}`,
          );
        }
        logger.error(`Le contenu contient des problèmes :\n${list}`);
      },
    },
  };
}
