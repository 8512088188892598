/**
 * The subject of an article: the one company or organisation its title names
 * (directly, or through a role phrase such as "OpenAI CEO"), or the one the
 * frontmatter's `subject` names. A title naming several resolves nothing; a
 * title naming none defers to the article's first claim.
 */
import type { Linker } from './linker.ts';

const SUBJECT_TYPES = new Set(['company', 'organisation']);

/** Around a source of data (据猫眼专业版数据显示, 国家电影局统计): it reports the figures, the article is not about it. */
const SOURCE_BEFORE = /(?:根据|据)$/;
const SOURCE_AFTER = /^(?:专业版)?(?:发布的)?(?:监测|统计|调查|测算)?(?:数据|报告)?(?:显示|表明|统计|测算)/;

export function articleSubject(linker: Linker, title: string, declared?: string, firstClaim?: string): string | undefined {
  if (declared) return declared;
  const one = (text: string, sources = true) => {
    const linked = linker.link(text);
    const isSource = (m: (typeof linked.mentions)[number]) => SOURCE_BEFORE.test(text.slice(0, m.start)) || SOURCE_AFTER.test(text.slice(m.end));
    const onlyAsSource = (id: string) => !sources && linked.mentions.some((m) => m.entity === id) && linked.mentions.every((m) => m.entity !== id || isSource(m));
    const organisations = linked.entities.filter((id) => SUBJECT_TYPES.has(linker.entity(id)?.type ?? '') && !onlyAsSource(id));
    return organisations.length === 1 ? organisations[0] : organisations.length > 1 ? null : undefined;
  };
  // The title's one organisation; a title naming none defers to the first claim (one organisation there too).
  const fromTitle = one(title);
  if (fromTitle !== undefined) return fromTitle ?? undefined;
  // A source of the first claim's figures is not what the article is about.
  return firstClaim === undefined ? undefined : (one(firstClaim, false) ?? undefined);
}
