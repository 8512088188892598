/**
 * Confirming discovered entities: each becomes a registry file with the same
 * id (so its URL stays), the names, type, roles and relations discovery
 * found, and a description to review. What is written validates against the
 * registry schema; existing files are never overwritten.
 */
import { stringify } from 'yaml';
import type { RegistryEntity } from './registry.ts';
import { type Entity, entitySchema } from './schema.ts';

/** The YAML text of a registry file for `entity` (discovered or not). */
export function entityYaml(entity: Entity | RegistryEntity): string {
  const { id, name, names, type, aliases, roles, relations, description, wikidata } = entity;
  const value = entitySchema.parse({
    id, name, ...(names ? { names } : {}), type, aliases, roles, relations,
    description: 'discovered' in entity && entity.discovered ? description.replace(/尚未经人工审核。$/, '经人工确认。') : description,
    ...(wikidata ? { wikidata } : {}),
  });
  const header = 'discovered' in entity && entity.discovered
    ? `# 自动识别，待确认：检查名称、类型、别名与关系后合并；否决则删去本文件，并把名称加入 content/entities/rejected.yaml。\n# 依据：${entity.discovered.evidence.slice(0, 5).map((e) => `${e.claim}「${e.text}」`).join('、')}\n`
    : '';
  return header + stringify(value, { lineWidth: 0 });
}
