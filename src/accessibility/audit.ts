// The RGAA self-audit, read and checked once: a malformed file stops the build with the field at
// fault, in French (the schema's messages).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import rawAudit from './rgaa-audit.json';
import { accessibilityAuditSchema } from '../content/schemas/accessibility-audit.ts';
import { conformance } from './conformance.ts';

function parse() {
  const result = accessibilityAuditSchema.safeParse(rawAudit);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `  ${issue.path.join('.') || '(fichier)'} : ${issue.message}`,
  );
  throw new Error(`src/accessibility/rgaa-audit.json est invalide :\n${problems.join('\n')}`);
}

export const audit = parse();
export const auditConformance = conformance(audit.criteria);

/** The version of a package installed with the project: the tools of the automated checks. */
export function installedVersion(name: string): string {
  const file = join(process.cwd(), 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** The tools of the automated checks, with what each one checks. */
export const auditTools = () => [
  {
    name: 'axe-core',
    version: installedVersion('axe-core'),
    use: 'règles WCAG 2.2 A et AA, sur chaque page, dans Chromium',
  },
  {
    name: 'html-validate',
    version: installedVersion('html-validate'),
    use: 'validité du code HTML de chaque page construite',
  },
  {
    name: 'Playwright',
    version: installedVersion('playwright-core'),
    use: 'parcours au clavier, zoom, couleurs forcées, espacement du texte, dans Chromium',
  },
  {
    name: 'Vitest',
    version: installedVersion('vitest'),
    use: 'exécution de la suite de tests, à chaque modification du site',
  },
];
