// Astro's content collections, derived from the one registry (src/content/collections.ts): a new
// collection is declared there once, and Astro, the validator and the CMS all follow.
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { collections as registry, type CollectionName } from './content/collections.ts';

/** Each collection: the files of its folder, parsed by its own schema (typed per collection). */
type AstroCollections = {
  [Name in CollectionName]: { loader: Loader; schema: (typeof registry)[Name]['schema'] };
};

export const collections = Object.fromEntries(
  Object.entries(registry).map(([name, { folder, format, schema }]) => [
    name,
    defineCollection({
      loader: glob({ pattern: `*.${format}`, base: `./content/${folder}` }),
      schema,
    }),
  ]),
) as AstroCollections;
