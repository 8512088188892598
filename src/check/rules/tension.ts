/**
 * tension: one topic described with opposite words by different articles —
 * 算力过剩 affirmed (因算力过剩, 迟早会发生) and denied (并非算力过剩, 不会出现算力过剩),
 * compared within one tense (now / in future). Low severity: opinions and
 * forecasts differ; both texts are always shown.
 */
import { finding, findingClaim, MAX_LISTED } from '../context.ts';
import type { Rule, RuleMeta } from '../rule.ts';

/** A topic, the words that affirm it, and those that state its opposite. */
const TOPICS = [
  { name: '算力是否过剩', about: /算力/, affirm: /过剩/g, opposite: /算力(?:供应)?(?:不足|短缺|稀缺)|供不应求/ },
];
/** Negations before the topic word; 未 only when it is not 未来 ("future"). */
const NEGATION = /(?:并非|不是|而非|不会|没有|不存在|未(?!来)|非)[^，,。；;]{0,4}$/;
const FUTURE = /未来|将|会|迟早|必然|一定|预计|两三年|五六年/;
const NEUTRAL_AFTER = /^问题/;

type Stance = 'affirm' | 'deny';

const EXAMPLES: RuleMeta['examples'] = {
  notOk: [
    { note: '“算力过剩”与“并非算力过剩”', articles: [['数据中心', '智通财经', '2025-03-27 05:45', '消息 - 因算力过剩,微软已退出多个数据中心项目 [2]'], ['电力瓶颈', '半导体行业观察', '2025-11-02 02:08', '挑战 - 当前AI产业面临的核心挑战并非算力过剩 [2]']] },
  ],
  ok: [
    { note: '各篇说法相同', articles: [['数据中心', '智通财经', '2025-03-27 05:45', '消息 - 因算力过剩,微软已退出多个数据中心项目 [2]'], ['过剩', '36氪', '2025-03-28 05:45', '消息 - 算力过剩已经出现 [1]']] },
  ],
};

export const tension: Rule = {
  meta: {
    kind: 'tension',
    description: '不同文章对同一话题用相反的说法（如“算力过剩”与“并非算力过剩”），按“当前”与“未来”分别对照。',
    examples: EXAMPLES,
  },
  check(context, report) {
    for (const topic of TOPICS) {
      const sides = new Map<string, { claim: string; stance: Stance; article: string }[]>();
      for (const article of context.articles) {
        for (const claim of article.claims) {
          const stances = new Set<string>();
          for (const m of claim.text.matchAll(topic.affirm)) {
            if (NEUTRAL_AFTER.test(claim.text.slice(m.index + m[0].length))) continue;
            const clause = clauseAround(claim.text, m.index);
            // Only overcapacity of compute: 过剩产能 of dot-com fibre is another topic.
            if (!topic.about.test(clause)) continue;
            const tense = FUTURE.test(clause) ? 'future' : 'present';
            stances.add(`${tense}|${NEGATION.test(claim.text.slice(0, m.index)) ? 'deny' : 'affirm'}`);
          }
          if (topic.opposite.test(claim.text)) stances.add(`${FUTURE.test(claim.text) ? 'future' : 'present'}|deny`);
          // A claim that says both (高端算力不足而低端算力已严重过剩) is nuance, not a side.
          for (const tense of ['present', 'future']) {
            const mine = [...stances].filter((s) => s.startsWith(tense));
            if (mine.length !== 1) continue;
            const list = sides.get(tense) ?? [];
            list.push({ claim: claim.id, stance: mine[0]!.split('|')[1] as Stance, article: article.slug });
            sides.set(tense, list);
          }
        }
      }
      for (const [tense, list] of sides) {
        const affirm = list.filter((s) => s.stance === 'affirm');
        const deny = list.filter((s) => s.stance === 'deny');
        if (affirm.length === 0 || deny.length === 0 || new Set(list.map((s) => s.article)).size < 2) continue;
        const when = tense === 'future' ? '对未来的判断' : '对当前状况的描述';
        const summary = `关于“${topic.name}”，${when}相反：${affirm.length}条论断认为过剩（或将过剩），${deny.length}条认为并非过剩或将不会过剩。这是观点或预测的分歧，两方原文并列如下。`;
        const half = Math.floor(MAX_LISTED / 2);
        const claims = [...affirm.slice(0, half).map((s) => findingClaim(context, s.claim, '认为过剩')), ...deny.slice(0, half).map((s) => findingClaim(context, s.claim, '认为并非过剩'))];
        report(finding('low', `${topic.name}|${tense}`, summary, null, null, [], claims, affirm.length + deny.length));
      }
    }
  },
};

function clauseAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf(',', index), text.lastIndexOf('，', index), text.lastIndexOf('。', index)) + 1;
  const ends = [',', '，', '。'].map((c) => text.indexOf(c, index)).filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
}
