/**
 * The subject of an article: the one company or organisation its title names
 * (directly, or through a role phrase such as "OpenAI CEO"), or the one the
 * frontmatter's `subject` names. A title naming several resolves nothing.
 */
import type { Linker } from './linker.ts';

const SUBJECT_TYPES = new Set(['company', 'organisation']);

export function articleSubject(linker: Linker, title: string, declared?: string): string | undefined {
  if (declared) return declared;
  const { entities } = linker.link(title);
  const organisations = entities.filter((id) => SUBJECT_TYPES.has(linker.entity(id)?.type ?? ''));
  return organisations.length === 1 ? organisations[0] : undefined;
}
