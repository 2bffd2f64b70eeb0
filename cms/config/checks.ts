// Reads the constraints zod checks on one field (patterns, lengths, number and list bounds) in a
// form Decap can enforce, with the schema's own French messages.
import { z } from 'astro/zod';
import { UnsupportedSchemaError } from './types.ts';

export type CheckDef = {
  check: string;
  error?: (issue: unknown) => unknown;
  [key: string]: unknown;
};

export function checksOf(schema: z.ZodType): CheckDef[] {
  const checks = (schema.def as { checks?: { _zod: { def: CheckDef } }[] }).checks ?? [];
  return checks.map((check) => check._zod.def);
}

/** The message a check was given in the schema, if any. */
export function messageOf(def: { error?: (issue: unknown) => unknown }): string | undefined {
  if (typeof def.error !== 'function') return undefined;
  const result = def.error({ code: 'custom', input: undefined });
  if (typeof result === 'string') return result;
  if (result && typeof result === 'object' && 'message' in result) return String(result.message);
  return undefined;
}

export type StringRules = {
  trim: boolean;
  minLength?: number;
  maxLength?: number;
  /** Regular expression sources (no flags), each tested anywhere in the value as zod does. */
  patterns: string[];
  messages: string[];
};

/** The constraints zod checks on a string, in a form a regular expression can express. */
export function stringRules(schema: z.ZodType, path: string): StringRules {
  const rules: StringRules = { trim: false, patterns: [], messages: [] };
  /** Whether a pattern is tested after trim(), on a value Decap never sees. */
  let patternAfterTrim = false;
  const defs: CheckDef[] = [...checksOf(schema)];
  // z.url() and other formats carry their check on the schema itself.
  const own = schema.def as unknown as CheckDef & { format?: string };
  if (own.format) defs.unshift({ ...own, check: 'string_format' });
  const add = (message: string | undefined, fallback: string) => {
    const text = message ?? fallback;
    if (!rules.messages.includes(text)) rules.messages.push(text);
  };
  for (const def of defs) {
    switch (def.check) {
      case 'overwrite': {
        const transform = def.tx as (value: string) => string;
        if (transform(' a ') !== 'a' || transform('A') !== 'A') {
          throw new UnsupportedSchemaError(
            `${path} : seule la transformation trim() est prise en charge.`,
          );
        }
        rules.trim = true;
        break;
      }
      case 'min_length':
        rules.minLength = def.minimum as number;
        add(messageOf(def), `Au moins ${def.minimum as number} caractères.`);
        break;
      case 'max_length':
        rules.maxLength = def.maximum as number;
        add(messageOf(def), `${def.maximum as number} caractères au plus.`);
        break;
      case 'length_equals':
        rules.minLength = rules.maxLength = def.length as number;
        add(messageOf(def), `Exactement ${def.length as number} caractères.`);
        break;
      case 'string_format': {
        if (def.format === 'regex') {
          const regex = def.pattern as RegExp;
          if (regex.flags.replace('u', '') !== '') {
            throw new UnsupportedSchemaError(
              `${path} : expression régulière avec options (${regex.flags}).`,
            );
          }
          rules.patterns.push(regex.source);
          if (rules.trim) patternAfterTrim = true;
          add(messageOf(def), 'Format invalide.');
        } else if (def.format === 'url') {
          if (def.hostname) throw new UnsupportedSchemaError(`${path} : url() avec hostname.`);
          const protocol = def.protocol as RegExp | undefined;
          if (protocol && protocol.source !== '^https$') {
            throw new UnsupportedSchemaError(
              `${path} : url() avec le protocole ${protocol.source}.`,
            );
          }
          // A scheme, then a host without spaces; the rest is free, as for the URL parser.
          rules.patterns.push(
            protocol ? '^https://[^\\s/?#]+(?:[/?#][\\s\\S]*)?$' : '^[a-z][a-z\\d+.-]*:\\S+$',
          );
          add(messageOf(def), 'Adresse web invalide.');
        } else {
          throw new UnsupportedSchemaError(`${path} : format de texte « ${String(def.format)} ».`);
        }
        break;
      }
      default:
        throw new UnsupportedSchemaError(`${path} : contrôle de texte « ${def.check} ».`);
    }
  }
  // A pattern before trim() tests the value as typed, as Decap does; after, zod tests another one.
  if (patternAfterTrim) {
    throw new UnsupportedSchemaError(
      `${path} : expression régulière après trim() (placez-la avant).`,
    );
  }
  return rules;
}

/** One regular expression accepting exactly the strings the rules accept, or none if no rule. */
export function patternOf(rules: StringRules): [string, string] | undefined {
  const { trim, minLength, maxLength, patterns, messages } = rules;
  const hasLength = minLength !== undefined || maxLength !== undefined;
  if (!hasLength && !trim && patterns.length === 0) return undefined;
  // Decap ends the sentence itself.
  const message = messages.join(' ').replace(/\.$/, '');
  if (!hasLength && !trim && patterns.length === 1) return [patterns[0]!, message];
  const quantifier = (min: number) => `{${min},${maxLength ?? ''}}`;
  let body: string;
  if (trim) {
    // zod trims first, then measures: the count runs from the first to the last visible character.
    const core = `(?=\\S)[\\s\\S]${quantifier(Math.max(1, minLength ?? 0))}(?<=\\S)`;
    body = (minLength ?? 0) >= 1 ? `\\s*${core}\\s*` : `\\s*(?:${core})?\\s*`;
  } else {
    body = hasLength ? `[\\s\\S]${quantifier(minLength ?? 0)}` : '[\\s\\S]*';
  }
  const lookaheads = patterns.map((source) => `(?=[\\s\\S]*?(?:${source}))`).join('');
  return [`^${lookaheads}${body}$`, message];
}

export type NumberRules = { integer: boolean; min?: number; max?: number };

export function numberRules(schema: z.ZodType, path: string): NumberRules {
  const rules: NumberRules = { integer: false };
  for (const def of checksOf(schema)) {
    if (
      def.check === 'number_format' &&
      ['safeint', 'int32', 'uint32'].includes(def.format as string)
    ) {
      rules.integer = true;
    } else if ((def.check === 'greater_than' || def.check === 'less_than') && def.inclusive) {
      rules[def.check === 'greater_than' ? 'min' : 'max'] = def.value as number;
    } else {
      throw new UnsupportedSchemaError(`${path} : contrôle de nombre « ${def.check} ».`);
    }
  }
  return rules;
}

/** Bounds on the number of items of a list. */
export function arrayBounds(schema: z.ZodType, path: string): { min?: number; max?: number } {
  const bounds: { min?: number; max?: number } = {};
  for (const def of checksOf(schema)) {
    if (def.check === 'min_length') bounds.min = def.minimum as number;
    else if (def.check === 'max_length') bounds.max = def.maximum as number;
    else if (def.check === 'length_equals') bounds.min = bounds.max = def.length as number;
    // A rule across the items (help-line slots that overlap): no list widget can say it, the
    // pre-save check (cms/config/entry-check.ts) runs it with the schema's message.
    else if (def.check === 'custom') continue;
    else throw new UnsupportedSchemaError(`${path} : contrôle de liste « ${def.check} ».`);
  }
  return bounds;
}
