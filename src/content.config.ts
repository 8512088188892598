import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { articlesLoader } from './loaders/articles.ts';
import { entitiesLoader } from './loaders/entities.ts';
import { entitySchema } from './entities/schema.ts';
import { findingsLoader, metricsLoader } from './loaders/checks.ts';

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
          z.object({
            id: z.string(),
            text: z.string(),
            refs: z.array(z.number()),
            line: z.number(),
            column: z.number(),
            mentions: z.array(mention),
            entities: z.array(z.string()),
            // Shapes are the core's (src/quantities/extract.ts); validated there.
            quantities: z.array(z.looseObject({ surface: z.string(), start: z.number(), end: z.number(), unit: z.string() })),
            observations: z.array(z.looseObject({ metric: z.string(), time: z.string(), surface: z.string() })),
            findings: z.array(z.string()),
            corrections: z.array(z.looseObject({ claim: z.string(), field: z.string(), right: z.string() })),
            verdict: z.looseObject({ target: z.string(), verdict: z.string() }).nullable(),
            earlierVerdicts: z.array(z.looseObject({ target: z.string(), verdict: z.string() })),
          }),
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

// Findings and metrics come from the core checker; their shapes are its types (src/check/model.ts).
const findings = defineCollection({ loader: findingsLoader() });
const metrics = defineCollection({ loader: metricsLoader() });

export const collections = { articles, entities, findings, metrics };
