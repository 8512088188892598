import { z } from 'zod';

export const ENTITY_TYPES = ['company', 'person', 'product', 'organisation', 'index', 'place', 'concept'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Relation kinds, read "<this entity> <kind> <target>". */
export const RELATION_KINDS = ['part-of', 'subsidiary-of', 'product-of', 'ceo-of', 'cfo-of', 'chair-of', 'founder-of', 'investor-in', 'tracks', 'located-in', 'president-of', 'head-of', 'analyst-at'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** Chinese labels for a relation, forward and inverse. */
export const RELATION_LABELS: Record<RelationKind, [forward: string, inverse: string]> = {
  'part-of': ['隶属于', '下属部门'],
  'subsidiary-of': ['母公司', '子公司'],
  'product-of': ['出品方', '产品'],
  'ceo-of': ['首席执行官，任职于', '首席执行官'],
  'cfo-of': ['首席财务官，任职于', '首席财务官'],
  'chair-of': ['董事长，任职于', '董事长'],
  'founder-of': ['创始人，创立了', '创始人'],
  'investor-in': ['投资了', '投资方'],
  tracks: ['跟踪', '被跟踪'],
  'located-in': ['位于', '所在地'],
  'president-of': ['总裁（总经理），任职于', '总裁（总经理）'],
  'head-of': ['负责人，任职于', '负责人'],
  'analyst-at': ['分析师，任职于', '分析师'],
};

export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  company: '公司',
  person: '人物',
  product: '产品',
  organisation: '机构',
  index: '指数',
  place: '地点',
  concept: '概念',
};

const nonEmpty = z.string().trim().min(1);

/** One file in `content/entities/`; strict: unknown keys are errors. */
export const entitySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case ASCII id like "nvidia" or "satya-nadella", the file name without .yaml'),
  name: nonEmpty,
  names: z.strictObject({ zh: nonEmpty.optional(), en: nonEmpty.optional() }).optional(),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(nonEmpty).default([]),
  /** Role phrases that name a person (微软首席执行官); they also tag the organisation they name. */
  roles: z.array(nonEmpty).default([]),
  relations: z.array(z.strictObject({ kind: z.enum(RELATION_KINDS), target: z.string() })).default([]),
  description: nonEmpty,
  wikidata: z.string().regex(/^Q[1-9][0-9]*$/, 'a Wikidata item id like "Q182477"').optional(),
});

export type Entity = z.infer<typeof entitySchema>;
