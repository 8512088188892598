import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { articlesLoader } from './loaders/articles.ts';
import { entitiesLoader } from './loaders/entities.ts';
import { entitySchema } from './entities/schema.ts';

const place = z.object({ file: z.string(), line: z.number(), column: z.number() });
const mention = z.object({ start: z.number(), end: z.number(), text: z.string(), entity: z.string().nullable(), candidates: z.array(z.string()).optional(), via: z.enum(['alias', 'role', 'subject']) });

const articles = defineCollection({
  loader: articlesLoader(),
  schema: z.object({
    id: z.string(),
    slug: z.string(),
    file: z.string(),
    title: z.string(),
    outlet: z.string(),
    printed: z.string(),
    published: z.string(),
    topic: z.string(),
    subject: z.string().nullable(),
    titleMentions: z.array(mention),
    seed: place,
    sections: z.array(
      z.object({
        heading: z.string().nullable(),
        anchor: z.string(),
        claims: z.array(
          z.object({ id: z.string(), text: z.string(), refs: z.array(z.number()), line: z.number(), column: z.number(), mentions: z.array(mention), entities: z.array(z.string()) }),
        ),
      }),
    ),
  }),
});

const entities = defineCollection({
  loader: entitiesLoader(),
  // The registry is validated by the loader with the core schema (zod), plus the file it came from.
  schema: entitySchema.extend({ file: z.string() }),
});

export const collections = { articles, entities };
