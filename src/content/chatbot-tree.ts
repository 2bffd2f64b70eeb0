// The orientation chatbot's decision tree, read as a graph: the checks that editors' changes must
// pass (every answer leads somewhere, every path ends with help, no loop, only real lines)
// and the reading order of the steps for the page without JavaScript. Pure: callers pass the facts.
import type { ChatbotNode } from './schemas/chatbot.ts';

export type TreeNode = {
  /** Slug of the step (its file name). */
  id: string;
  /** File, for messages. */
  file: string;
  data: Pick<ChatbotNode, 'start' | 'danger' | 'choices' | 'helplines' | 'pages'>;
};

export type TreeProblem = {
  file: string;
  field?: string;
  message: string;
  severity: 'error' | 'warning';
  /** A reference to a missing entry, which the generic reference check also reports. */
  dangling?: boolean;
};

export type TreeFacts = {
  /** Slugs of the help lines. */
  helplines: ReadonlySet<string>;
  /** Whether the suicide prevention line (3114), shown on danger steps, is in the content. */
  hasSuicideLine: boolean;
};

/** Every problem of the tree, in French, naming the file and the field. */
export function checkTree(nodes: readonly TreeNode[], facts: TreeFacts): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const error = (problem: Omit<TreeProblem, 'severity'>) =>
    problems.push({ ...problem, severity: 'error' });
  const byId = new Map(nodes.map((node) => [node.id, node]));

  const starts = nodes.filter((node) => node.data.start);
  if (nodes.length > 0 && starts.length === 0) {
    error({
      file: 'content/chatbot/',
      field: 'start',
      message:
        'aucune étape n’est cochée « Point de départ » : la conversation ne peut pas commencer.',
    });
  }
  for (const extra of starts.slice(1)) {
    error({
      file: extra.file,
      field: 'start',
      message: `une seule étape peut ouvrir la conversation, et ${starts[0]!.file} l’est déjà.`,
    });
  }

  for (const node of nodes) {
    const { choices, helplines, pages, danger } = node.data;
    choices.forEach((choice, index) => {
      if (!byId.has(choice.next)) {
        error({
          file: node.file,
          field: `choices.${index}.next`,
          message: `la réponse « ${choice.label} » mène à l’étape « ${choice.next} », qui n’existe pas dans content/chatbot/.`,
          dangling: true,
        });
      }
      if (choice.next === node.id) {
        error({
          file: node.file,
          field: `choices.${index}.next`,
          message: `la réponse « ${choice.label} » ramène à la même étape : la conversation tournerait en rond.`,
        });
      }
    });
    if (choices.length === 0 && helplines.length === 0 && pages.length === 0 && !danger) {
      error({
        file: node.file,
        field: 'choices',
        message:
          'cette étape termine la conversation sans rien recommander : ajoutez des réponses, une ligne ou une page.',
      });
    }
    helplines.forEach((line, index) => {
      if (!facts.helplines.has(line)) {
        error({
          file: node.file,
          field: `helplines.${index}`,
          message: `« ${line} » ne correspond à aucune ligne de content/helplines/.`,
          dangling: true,
        });
      }
    });
    if (danger && !facts.hasSuicideLine) {
      error({
        file: node.file,
        field: 'danger',
        message:
          'cette étape doit afficher le 3114, mais aucune ligne de content/helplines/ n’a le numéro 3114.',
      });
    }
  }

  // Loops: a depth-first walk that meets a step still on its own path has found one.
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  const visit = (node: TreeNode, path: TreeNode[]) => {
    state.set(node.id, 'visiting');
    node.data.choices.forEach((choice, index) => {
      const next = byId.get(choice.next);
      if (!next || next === node) return;
      if (state.get(next.id) === 'visiting') {
        const loop = [...path.slice(path.indexOf(next)), node, next].map((n) => n.id);
        const key = `${node.id}>${next.id}`;
        if (!reported.has(key)) {
          reported.add(key);
          error({
            file: node.file,
            field: `choices.${index}.next`,
            message: `la réponse « ${choice.label} » forme une boucle (${loop.join(' → ')}) : « Recommencer » et « Revenir en arrière » suffisent pour revenir.`,
          });
        }
      } else if (!state.has(next.id)) {
        visit(next, [...path, node]);
      }
    });
    state.set(node.id, 'done');
  };
  for (const start of starts) if (!state.has(start.id)) visit(start, []);
  const reachable = new Set(state.keys());
  for (const node of nodes) if (!state.has(node.id)) visit(node, []);

  if (starts.length > 0) {
    for (const node of nodes) {
      if (!reachable.has(node.id)) {
        problems.push({
          file: node.file,
          message: 'aucune réponse ne mène à cette étape : personne ne la verra.',
          severity: 'warning',
        });
      }
    }
  }
  return problems;
}

/** Steps in reading order: breadth first from the start, then any step no answer reaches. */
export function readingOrder<T extends TreeNode>(nodes: readonly T[]): T[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const seen = new Set<string>();
  const order: T[] = [];
  const queue = nodes.filter((node) => node.data.start);
  while (queue.length > 0) {
    const node = queue.shift()!;
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    order.push(node);
    for (const choice of node.data.choices) {
      const next = byId.get(choice.next);
      if (next && !seen.has(next.id)) queue.push(next);
    }
  }
  return [...order, ...nodes.filter((node) => !seen.has(node.id))];
}

/** The values that have a page for the segment `[param]` of `route`. */
export type RouteValues = (route: string, param: string) => ReadonlySet<string>;

/** A page number of Astro's pagination after the first (which is the list's own address). */
const laterPage = /^([2-9]|[1-9]\d+)$/;

/**
 * Whether `path` is a page of the site, given the routes of src/pages ("/territoires/[slug]/")
 * and the values that fill their dynamic segments. A rest segment (`[...page]`) is pagination:
 * nothing, or one page number from 2 on.
 */
export function matchesRoute(
  path: string,
  routes: readonly string[],
  valuesOf: RouteValues,
): boolean {
  const segments = path.split('/').filter(Boolean);
  return routes.some((route) => {
    const parts = route.split('/').filter(Boolean);
    const paginated = parts.at(-1)?.startsWith('[...') ?? false;
    const named = paginated ? parts.slice(0, -1) : parts;
    const beyond = segments.slice(named.length);
    if (segments.length < named.length) return false;
    if (beyond.length > (paginated ? 1 : 0)) return false;
    if (beyond.length === 1 && !laterPage.test(beyond[0]!)) return false;
    return named.every((part, index) => {
      const param = /^\[(\w+)\]$/.exec(part)?.[1];
      return param ? valuesOf(route, param).has(segments[index]!) : part === segments[index];
    });
  });
}

/**
 * The routes content may link to, from the files of a pages folder: index.astro → "/",
 * a/[slug].astro → "/a/[slug]/". Not the « page introuvable » (built as /404.html, shown for
 * addresses that lead nowhere) nor the CMS (/admin/): no visitor is sent there.
 */
export function routesFromFiles(files: readonly string[]): string[] {
  return files
    .filter((file) => /\.(astro|md|mdx|html)$/.test(file))
    .filter((file) => !/^404\./.test(file) && !file.startsWith('admin/'))
    .map((file) => {
      const segments = file
        .replace(/\.(astro|md|mdx|html)$/, '')
        .split('/')
        .filter((segment) => segment !== 'index');
      return `/${segments.map((segment) => `${segment}/`).join('')}`;
    });
}
