/**
 * change: the same entity, metric and scope at different times. A direction
 * word (降至, 突破, 暴增至) is checked against the sign of the change; a
 * mismatch raises the severity. A window whose figures disagree (two outlets,
 * one day, two prices) is left out of the series, never won by its first figure.
 */
import { cmp, dec, sub, toString } from '../../quantities/decimal.ts';
import { claimsOf, entityName, finding, measureOf, metricName, normalized, value } from '../context.ts';
import type { Observation } from '../model.ts';
import { asWritten } from '../as-written.ts';
import type { Rule, RuleMeta } from '../rule.ts';
import { formatAmount, formatTime } from '../format.ts';
import { agreeing, isOncePeriod, windowKey } from '../clusters.ts';
import { below, overlaps, tolerant } from '../intervals.ts';
import { timeGrain } from '../time-grain.ts';

const EXAMPLES: RuleMeta['examples'] = {
  notOk: [
    { note: '同一指标在不同日期的数字，方向词一致', articles: [['英伟达市值', '钛媒体APP', '2025-10-29 08:00', '市场 - 市值突破5万亿美元 [1]'], ['英伟达市值', '36氪', '2025-11-10 08:00', '市场 - 市值降至4.69万亿美元 [2]']] },
    { note: '从…至…，两端各有日期（登记表外的名称也按文字比较）', articles: [['批价走势', '第一财经', '2025-05-01 08:00', '价格 - 普川批价从1月10日的960元/瓶降至4月28日的885元/瓶 [1]']] },
    { note: '由…升至…，两端的时间粒度不同（一年与半年），仍是同一论断所说的变化', articles: [['市场份额', '证券时报', '2025-08-30 09:00', '份额 - 通远速运市场份额由2024年的10.6%升至上半年的11.2% [1]']] },
    { note: '由…调整为…，同一论断所说的变化（只有一个日期）', articles: [['降价', '证券时报', '2025-01-06 09:00', '价格 - 驰远汽车宣布，自1月5日起起售价由15.98万元下调至13.98万元 [1]']] },
  ],
  ok: [
    { note: '1-2月与1-5月的累计数：不同月数的累计不是变化', articles: [['销售面积', '财联社', '2025-03-17 08:00', '销售 - 1-2月全国新建商品房销售面积12160万平方米 [1]'], ['销售面积', '证券时报', '2025-06-16 08:00', '销售 - 1-5月全国新建商品房销售面积35870万平方米 [1]']] },
    { note: '同一天的同一数字', articles: [['英伟达市值', '钛媒体APP', '2025-10-29 08:00', '市场 - 市值5万亿美元 [1]'], ['英伟达市值', '36氪', '2025-10-29 09:00', '市场 - 市值5万亿美元 [2]']] },
    { note: '上半年与一季度的营收：一季度是上半年的一部分，不是变化', articles: [['英伟达半年报', '36氪', '2025-08-28 08:00', '财务 - 英伟达上半年营收900亿美元 [1]'], ['英伟达一季报', '钛媒体APP', '2025-05-29 08:00', '财务 - 英伟达一季度营收440亿美元 [1]']] },
    { note: '同一天两家媒体数字不一致：那一天不进入序列（由“数字冲突”报告），第一个数字不会胜出', articles: [['均价', '财联社', '2025-07-22 08:00', '价格 - 7月22日TOPCon组件现货均价为0.66元/W [1]'], ['均价', '经济观察报', '2025-07-22 09:00', '价格 - 7月22日TOPCon组件现货均价为0.62元/W [1]'], ['均价', '证券时报', '2025-07-23 09:00', '价格 - 5月7日TOPCon组件现货均价为0.66元/W [1]']] },
  ],
};

/** A figure as written, with its value in the family when derived (净亏损23.8亿元 → 即-23.8亿元). */
const shown = (o: Observation) => (o.derivation ? `${asWritten(o.quantity)}（即${normalized(o)}）` : asWritten(o.quantity));

export const change: Rule = {
  meta: {
    kind: 'change',
    description: '同一实体、同一指标、同一口径在不同时间的数字变化，并核对“降至”“突破”等方向词。',
    examples: EXAMPLES,
  },
  check(context, report) {
    for (const [key, block] of context.blocks) {
      const window = context.metrics.get(block[0]!.metric)?.window ?? 'day';
      if (window === 'none' || block[0]!.kind !== 'level') continue;
      // A series per scope and period (上半年 figures make their own series until read as times).
      // A flow's series keeps to one grain of period: 一季度 → 二季度, not 上半年 → 一季度. A level's keeps
      // dates and years together (2019年 → 10月29日) and its averages over quarters or halves apart.
      const grain = (o: (typeof block)[number]) => {
        const g = timeGrain(o.time);
        // Months to date are cumulative: 1-2月 → 1-5月 is no change; only the same months of two years meet.
        if (/-YTD\d{2}$/.test(o.time)) return `|${g}${o.time.slice(-2)}`;
        return window === 'period' ? `|${g}` : g === 'point' || g === 'year' ? '' : `|${g}`;
      };
      const seriesOf = (o: (typeof block)[number]) => `${o.period ? `${o.scopeKey}|${o.period}` : o.scopeKey}${grain(o)}`;
      // A change one claim states, start to end: its direction word checked against its sign.
      const reportStated = (start: Observation, end: Observation, fromTo: string) => {
        const up = cmp(dec(end.quantity.from!.delta), dec(0)) > 0;
        const word = end.quantity.direction;
        const agrees = word === undefined || (word === 'up') === up;
        const summary = `${measureOf(context, end.entity, end.metric)}${fromTo}（${up ? '上升' : '下降'}，变化${formatAmount(end.quantity.from!.delta, end.quantity.unit)}${word && end.quantity.directionWord ? `；“${end.quantity.directionWord}”与方向${agrees ? '一致' : '不符'}` : ''}）。这是同一论断所说的变化，不是矛盾。`;
        report({ ...finding(agrees ? 'info' : 'medium', `${key}|${end.scopeKey}|${end.claim}`, summary, end.entity, end.metric, [start, end].map(value), claimsOf(context, [start, end], (o) => (o === start ? '变化前' : '变化后'))), identity: { subject: key, anchor: `${end.scopeKey}|stated|${end.claim}` } });
      };
      // 由15.98万元下调至13.98万元 with one date for both: the claim itself states the change; its start is
      // the value before that date, not a second figure of the same day, so it stays out of the series.
      const stated = block.filter((o) => o.quantity.from && !o.quantity.from.time);
      const starts = new Set<Observation>();
      for (const end of stated) {
        const start = block.find((o) => o.claim === end.claim && o.quantity.startOfChange && o.quantity.surface === end.quantity.from!.surface && o.time === end.time && o.quantity.end <= end.quantity.start);
        if (!start) continue;
        starts.add(start);
        reportStated(start, end, `${formatTime(end.time)}由${shown(start)}变为${shown(end)}`);
      }
      // 由2024年的10.6%升至上半年的11.2%: both ends dated, but of grains no series joins (a year, a half): the
      // claim still states the change. Both figures stay in their own series. So too 由年初的4800万颗提升至6月末的
      // 5300万颗 of a yearly measure: one window, which a series keeps one figure of; the start leaves the series.
      for (const end of block.filter((o) => o.quantity.from?.time !== undefined)) {
        const start = block.find((o) => o.claim === end.claim && o.quantity.startOfChange && o.quantity.surface === end.quantity.from!.surface && o.quantity.end <= end.quantity.start);
        if (!start || start.time === end.time) continue;
        const oneWindow = windowKey(start.time, window, start.timeExplicit) === windowKey(end.time, window, end.timeExplicit);
        if (seriesOf(start) === seriesOf(end) && !oneWindow) continue;
        if (oneWindow) starts.add(start);
        reportStated(start, end, `由${formatTime(start.time)}的${shown(start)}变为${formatTime(end.time)}的${shown(end)}`);
      }
      // Grouped once: a series per key, in the block's order (filtering the block per key grows as keys × figures).
      // A period that happens once (首周销量) has one figure, however often reported: no series (the conflict rule compares them).
      for (const [scope, members] of Map.groupBy(block.filter((o) => !starts.has(o) && !isOncePeriod(o.scopeKey)), seriesOf)) {
        const series = members.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
        // One point per window. When outlets disagree within a window, no figure of it silently
        // wins: the window leaves the series (the conflict rule reports it) and the summary says so.
        const byWindow = Map.groupBy(series, (o) => windowKey(o.time, window, o.timeExplicit));
        const disputed = [...byWindow].filter(([, list]) => list.length > 1 && agreeing(list).length > 1).map(([w]) => w);
        const leftOut = new Set(disputed);
        const points = [...byWindow].filter(([w]) => !leftOut.has(w)).map(([, list]) => list[0]!);
        // Every claim of a window that agrees is a claim of the series (two outlets giving 5月末's figure); the
        // claims of a window left out are listed too, so a reader sees what the summary says was not counted.
        const pointClaims = [...byWindow].flatMap(([, list]) => list);
        if (points.length < 2) continue;
        const steps: string[] = [];
        let inconsistent = false;
        for (let i = 1; i < points.length; i++) {
          const [prev, next] = [points[i - 1]!, points[i]!];
          // Two exact figures written to the same digit differ when their digits do (0.69 → 0.68),
          // though their roundings touch at 0.685.
          const written = prev.quantity.hedge === 'exact' && next.quantity.hedge === 'exact' && prev.quantity.precision === next.quantity.precision && prev.compared.lower !== null && next.compared.lower !== null && prev.compared.lower === prev.compared.upper && next.compared.lower === next.compared.upper;
          const moved = written ? cmp(dec(prev.compared.lower!), dec(next.compared.lower!)) : 0;
          if (moved === 0 && overlaps(tolerant(prev), tolerant(next))) continue;
          const up = moved !== 0 ? moved < 0 : below(tolerant(prev), tolerant(next));
          const word = next.quantity.direction;
          const agrees = word === undefined || (word === 'up') === up;
          if (!agrees) inconsistent = true;
          const exact = prev.quantity.amount && next.quantity.amount && prev.quantity.hedge === 'exact' && next.quantity.hedge === 'exact' && !prev.derivation && !next.derivation;
          const delta = exact ? `，变化${formatAmount(toString(sub(dec(next.quantity.amount!), dec(prev.quantity.amount!))), next.quantity.unit)}` : '';
          steps.push(`${formatTime(prev.time)}${shown(prev)} → ${formatTime(next.time)}${shown(next)}（${up ? '上升' : '下降'}${delta}${word && next.quantity.directionWord ? `；“${next.quantity.directionWord}”与方向${agrees ? '一致' : '不符'}` : ''}）`);
        }
        if (steps.length === 0) continue;
        const left = disputed.length > 0 ? `（${disputed.map((w) => formatTime(byWindow.get(w)![0]!.time)).join('、')}各媒体数字不一致，未计入，见“数字冲突”）` : '';
        // 净亏损23.8亿元 → 净利润30.9亿元: one family's series is named by its base and shows each figure's sign.
        const name = new Set(points.map((o) => o.metric)).size > 1 ? metricName(context, points[0]!.family) : metricName(context, points[0]!.metric);
        const summary = `${entityName(context, points[0]!.entity)}${name}随时间变化：${steps.join('；')}。这是变化，不是矛盾${left}。`;
        report({ ...finding(inconsistent ? 'medium' : 'info', `${key}|${scope}`, summary, points[0]!.entity, points[0]!.metric, points.map(value), claimsOf(context, pointClaims, (o) => `${formatTime(o.time)}${leftOut.has(windowKey(o.time, window, o.timeExplicit)) ? '（未计入）' : ''}`)), identity: { subject: key, anchor: scope } });
      }
    }
  },
};
