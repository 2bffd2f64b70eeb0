// Bounds on the shape of what editors write, checked by one linear pass before any parser sees
// the text: the Markdown parser takes minutes on long runs of list or emphasis markers and
// overflows its stack on deeply nested lists or quotes, the JSON and YAML readers on deeply
// nested values. No real page comes near these bounds; beyond them the file is refused with its
// line, in French, instead of hanging the validator, the CMS or the build.
// tools/bench/pathological.ts measures that every accepted input stays fast.

export const inputLimits = {
  /** Lists and quotes inside one another, on one line (« - - 1. > ») or by indentation. */
  markdownNesting: 8,
  /** Leading spaces of a Markdown line (a tab counts 4): deeper indentation is deeper nesting. */
  markdownIndent: 40,
  /** List and quote markers in a whole text: the parser spends about a millisecond on each. */
  markdownMarkers: 1000,
  /** Runs of emphasis markers (*, _, ~) in one paragraph: each may pair with any other. */
  emphasisRuns: 300,
  /** Brackets in one paragraph: each « [ » may open a link the parser tries to close. */
  brackets: 300,
  /** Runs of emphasis markers, and brackets, in a whole text. */
  inlineMarkersInText: 3000,
  /** Lists and objects inside one another in a JSON file or a front matter. */
  dataNesting: 12,
} as const;

export type LimitProblem = { line: number; message: string };

const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** One list marker or quote marker at the start of what is left of a line. */
const containerMarker = /^[ \t]{0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]*/;

const indentWidth = (line: string) => {
  let width = 0;
  for (const char of line) {
    if (char === ' ') width += 1;
    else if (char === '\t') width += 4;
    else break;
  }
  return width;
};

/**
 * What in a Markdown body goes beyond the limits, with the file's line numbers (`firstLine` is the
 * body's first line in the file). At most one problem per kind: the first place it happens.
 */
export function markdownLimitProblems(body: string, firstLine = 1): LimitProblem[] {
  const problems = new Map<string, LimitProblem>();
  const report = (kind: string, index: number, message: string) => {
    if (!problems.has(kind)) problems.set(kind, { line: firstLine + index, message });
  };
  let emphasis = 0;
  let brackets = 0;
  let markers = 0;
  let inlineMarkers = 0;
  body.split('\n').forEach((line, index) => {
    if (line.trim() === '') {
      emphasis = brackets = 0;
      return;
    }
    if (indentWidth(line) > inputLimits.markdownIndent) {
      report(
        'indent',
        index,
        `ligne trop indentée (plus de ${inputLimits.markdownIndent} espaces en début de ligne) : une liste ne s’imbrique pas si profondément.`,
      );
    }
    if (!thematicBreak.test(line)) {
      let rest = line;
      let depth = 0;
      for (let match = containerMarker.exec(rest); match; match = containerMarker.exec(rest)) {
        depth += 1;
        rest = rest.slice(match[0].length);
        if (depth > inputLimits.markdownNesting || match[0].length === 0) break;
      }
      markers += depth;
      if (markers > inputLimits.markdownMarkers) {
        report(
          'markers',
          index,
          `texte trop long en listes ou en citations (plus de ${inputLimits.markdownMarkers} éléments « - », « 1. » ou « > ») : découpez-le en plusieurs pages.`,
        );
      }
      if (depth > inputLimits.markdownNesting) {
        report(
          'nesting',
          index,
          `trop de listes ou de citations imbriquées sur une ligne (plus de ${inputLimits.markdownNesting} marques « - », « 1. » ou « > » à la suite) : écrivez une liste simple.`,
        );
      }
    }
    const lineEmphasis = line.match(/[*_~]+/g)?.length ?? 0;
    const lineBrackets = line.match(/[[\]]/g)?.length ?? 0;
    emphasis += lineEmphasis;
    brackets += lineBrackets;
    inlineMarkers += lineEmphasis + lineBrackets;
    if (inlineMarkers > inputLimits.inlineMarkersInText) {
      report(
        'inline',
        index,
        `trop de marques d’emphase et de crochets dans le texte (plus de ${inputLimits.inlineMarkersInText}) : découpez-le en plusieurs pages.`,
      );
    }
    if (emphasis > inputLimits.emphasisRuns) {
      report(
        'emphasis',
        index,
        `trop de marques d’emphase (« * », « _ », « ~ ») dans un même paragraphe (plus de ${inputLimits.emphasisRuns}) : séparez le texte en paragraphes, ou écrivez « \\* » pour un astérisque.`,
      );
    }
    if (brackets > inputLimits.brackets) {
      report(
        'brackets',
        index,
        `trop de crochets « [ » « ] » dans un même paragraphe (plus de ${inputLimits.brackets}) : séparez le texte en paragraphes.`,
      );
    }
  });
  return [...problems.values()];
}

/**
 * The first place where lists or objects nest deeper than the limit in JSON or YAML text, with
 * its line, or undefined. Brackets inside quoted strings do not count; a YAML block nested by
 * indentation counts one level per two spaces.
 */
export function dataNestingProblem(
  text: string,
  format: 'json' | 'yaml',
  firstLine = 1,
): LimitProblem | undefined {
  const limit = inputLimits.dataNesting;
  const tooDeep = (line: number): LimitProblem => ({
    line,
    message: `valeurs imbriquées trop profondément (plus de ${limit} niveaux de listes ou d’objets) : ce contenu n’en a pas besoin.`,
  });
  let depth = 0;
  let line = firstLine;
  let quote: string | undefined;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n') {
      line += 1;
      lineStart = true;
      // A YAML quoted string may span lines; a JSON one may not, but the parser says so.
      continue;
    }
    if (lineStart && format === 'yaml' && !quote) {
      // Block nesting: two spaces of indentation, or a « - » opening a list inside a list.
      const [indent = ''] = /^[ -]*/.exec(text.slice(i, i + 4 * limit + 8)) ?? [];
      const levels = Math.floor(indent.replaceAll('-', ' ').length / 2);
      if (depth + levels > limit) return tooDeep(line);
    }
    lineStart = false;
    if (quote) {
      if (char === '\\' && quote === '"') i += 1;
      else if (char === quote) quote = undefined;
      continue;
    }
    // In YAML, a quote opens a string only where a value starts (not in « l'Hérault »).
    const opensString =
      format === 'json' ? char === '"' : (char === '"' || char === "'") && /(?:^|[\s:[{,-])$/.test(text[i - 1] ?? '');
    if (opensString) quote = char;
    else if (char === '[' || char === '{') {
      depth += 1;
      if (depth > limit) return tooDeep(line);
    } else if (char === ']' || char === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}
