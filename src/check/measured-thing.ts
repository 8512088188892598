/**
 * Is a figure's scope a part of one measured thing, or another thing? A scope
 * pair needs one thing under two scopes (部分智算中心 vs 企业级通用算力中心
 * 利用率). A deal with a named counterparty (对诺基亚10亿美元投资), a plan, a
 * project, an order or a product is an object of its own: two such figures are
 * two objects, not two scopes of one figure.
 */
import type { RuleContext } from './context.ts';
import type { Observation } from './model.ts';

/** Nouns that name an object (a deal, plan, project, product), not a part of a measured whole. */
const OBJECT_NOUNS = /计划|项目|工程|交易|订单|合同|协议|合作|股份|持股|入股|收购|并购|基金|产品|超算|超级计算机|数据中心项目/;

/** Entity types that are a deal's counterparty; a concept (国产芯片) is a part of a whole. */
const COUNTERPARTIES = new Set(['company', 'organisation', 'person']);

export function namesAnObject(context: RuleContext, o: Observation): boolean {
  if (o.scope === '') return false;
  if (OBJECT_NOUNS.test(o.scope)) return true;
  // The scope is a named entity (the counterparty of a deal): another object; not the figure's own
  // subject written as its scope (公司全年客座率 in an article about the company).
  const claim = context.claims.get(o.claim)?.claim;
  return claim?.mentions.some((m) => m.entity !== null && m.entity !== o.entity && m.text === o.scope && COUNTERPARTIES.has(context.entities.get(m.entity)?.type ?? '')) ?? false;
}
