/**
 * The subject of an article: the one company or organisation its title names
 * (directly, or through a role phrase such as "OpenAI CEO"), or the one the
 * frontmatter's `subject` names. A title naming several resolves nothing; a
 * title naming none defers to the article's first claim.
 */
import type { Linker } from './linker.ts';

const SUBJECT_TYPES = new Set(['company', 'organisation']);

export function articleSubject(linker: Linker, title: string, declared?: string, firstClaim?: string): string | undefined {
  if (declared) return declared;
  const one = (text: string) => {
    const organisations = linker.link(text).entities.filter((id) => SUBJECT_TYPES.has(linker.entity(id)?.type ?? ''));
    return organisations.length === 1 ? organisations[0] : organisations.length > 1 ? null : undefined;
  };
  // The title's one organisation; a title naming none defers to the first claim (one organisation there too).
  const fromTitle = one(title);
  if (fromTitle !== undefined) return fromTitle ?? undefined;
  return firstClaim === undefined ? undefined : (one(firstClaim) ?? undefined);
}
