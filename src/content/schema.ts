import { z } from 'zod';

const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

/** Frontmatter of `content/articles/*.mdx`; strict: unknown keys are errors. */
export const articleFrontmatterSchema = z.strictObject({
  id: z.string().regex(/^a[0-9a-f]{12}$/, 'an article id like "a0123456789ab"'),
  title: z.string().min(1),
  outlet: z.string().min(1),
  printed: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, 'a time like "2025-11-22 00:07"'),
  published: z.string().regex(isoTime, 'an ISO 8601 time like "2025-11-22T00:07:00Z"'),
  topic: z.string().min(1),
  /** The entity this article is about, when its title does not say (see src/entities/subject.ts). */
  subject: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an entity id from content/entities/').optional(),
  seed: z.strictObject({
    file: z.string().regex(/^seeds\/[^/]+\.txt$/, 'a seed path like "seeds/000_x.txt"'),
    line: z.number().int().positive(),
    column: z.number().int().positive(),
  }),
});
