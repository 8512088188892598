import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { articlesLoader } from './loaders/articles.ts';

const place = z.object({ file: z.string(), line: z.number(), column: z.number() });

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
    seed: place,
    sections: z.array(
      z.object({
        heading: z.string().nullable(),
        anchor: z.string(),
        claims: z.array(z.object({ id: z.string(), text: z.string(), refs: z.array(z.number()), line: z.number(), column: z.number() })),
      }),
    ),
  }),
});

export const collections = { articles };
