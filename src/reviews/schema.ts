import { z } from 'zod';
import { lengthOf, LIMITS } from './limits.ts';

/** The verdict scale, in order from best to worst supported. */
export const VERDICTS = ['准确', '基本准确', '有误导', '错误', '无法核实', '已过时'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What each verdict means, for the policy page and tooltips. */
export const VERDICT_MEANINGS: Record<Verdict, string> = {
  准确: '与可靠来源一致，没有重要遗漏。',
  基本准确: '主要内容正确，但有细节不准确或需要补充背景。',
  有误导: '字面可能不错，但省略或措辞使读者得出错误印象。',
  错误: '与可靠来源矛盾。',
  无法核实: '现有公开材料不足以证实或否定。',
  已过时: '发表时正确，但情况已经改变。',
};

const date = z
  .string({ error: 'a date in quotes, like "2025-12-01"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date in quotes, like "2025-12-01"')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a calendar date');

const evidence = z
  .array(
    z
      .string()
      .refine((u) => lengthOf(u) <= LIMITS.url, `at most ${LIMITS.url} characters`)
      .refine((u) => {
        try {
          const url = new URL(u);
          return url.protocol === 'https:' && url.hostname.includes('.') && u === u.trim();
        } catch {
          return false;
        }
      }, 'an https:// URL (javascript:, data: and http: links are not allowed)')
      // https://36kr.com@evil.example/ shows one site and opens another.
      .refine((u) => !URL.canParse(u) || (new URL(u).username === '' && new URL(u).password === '' && !/^https:\/\/[^/?#]*@/.test(u)), 'a URL without user info (“name@” before the host hides the real site)'),
  )
  .min(1, 'at least one https:// link to the evidence')
  .max(LIMITS.links, `at most ${LIMITS.links} links`);

const text = (what: string, limit: number) =>
  z
    .string({ error: what })
    .trim()
    .min(1, what)
    .refine((s) => lengthOf(s) <= limit, `at most ${limit} characters (${what})`);

/** `content/corrections/*.yaml`: one correction of one claim. */
export const correctionSchema = z.strictObject({
  claim: z.string().regex(/^c[0-9a-f]{12}$/, 'a claim id like "c3b088fd50983" (see the claim’s permalink)'),
  field: z.enum(['text', 'refs'], { error: 'text (the claim’s wording) or refs (its paragraph numbers)' }),
  /** What the claim says as published; may be left out (it is then taken from the seed), and must match when given. */
  wrong: text('what the claim says now, exactly as published', LIMITS.claimText).optional(),
  right: text('what it should say', LIMITS.claimText),
  reason: text('why: what was wrong, in a sentence or two', LIMITS.reasoning),
  evidence,
  reviewer: text('your name or handle', LIMITS.reviewer),
  date,
});

/** `content/verdicts/*.yaml`: one verdict on a claim or a finding; a changed verdict is a new file. */
export const verdictSchema = z.strictObject({
  target: z.string().regex(/^[cf][0-9a-f]{12}$/, 'a claim id ("c…") or a finding id ("f…")'),
  verdict: z.enum(VERDICTS, { error: `one of ${VERDICTS.join(', ')}` }),
  explanation: text('the reasoning, with what the evidence shows', LIMITS.reasoning),
  evidence,
  reviewer: text('your name or handle', LIMITS.reviewer),
  date,
});

export type Correction = Omit<z.infer<typeof correctionSchema>, 'wrong'> & { wrong: string; file: string };
export type VerdictEntry = z.infer<typeof verdictSchema> & { file: string };
