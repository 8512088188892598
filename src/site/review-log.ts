/**
 * The corrections log: every correction and every verdict (a changed verdict
 * is a new entry), newest first. Shared by /corrections/ and its Atom feed.
 */
import type { CorpusArticle } from '../pipeline/model.ts';
import type { PublishedFinding } from './publish.ts';
import { FINDING_LABELS } from './labels.ts';
import { claimUrl, sitePath } from './urls.ts';

export interface LogEntry {
  /** Stable: the review file it comes from. */
  id: string;
  kind: 'correction' | 'verdict';
  date: string;
  reviewer: string;
  /** What it is about: a claim's text or a finding's summary. */
  subject: string;
  url: string;
  /** One line: 更正为“…” or 裁定：有误导. */
  title: string;
  body: string;
  evidence: string[];
  /** Where it was published: outlet and article, or 一致性核查. */
  context: string;
}

export function reviewLog(articles: readonly CorpusArticle[], findings: readonly PublishedFinding[]): LogEntry[] {
  const entries: LogEntry[] = [];
  for (const article of articles) {
    for (const claim of article.sections.flatMap((s) => s.claims)) {
      const url = claimUrl(article.slug, claim.id);
      const context = `${article.outlet}《${article.title}》`;
      for (const c of claim.corrections) {
        const title = c.field === 'text' ? `更正为“${c.right}”` : `原文段落更正为 ${c.right}`;
        entries.push({ id: c.file, kind: 'correction', date: c.date, reviewer: c.reviewer, subject: claim.text, url, title, body: c.reason, evidence: c.evidence, context });
      }
      for (const v of [...claim.earlierVerdicts, ...(claim.verdict ? [claim.verdict] : [])]) {
        entries.push({ id: v.file, kind: 'verdict', date: v.date, reviewer: v.reviewer, subject: claim.text, url, title: `裁定：${v.verdict}`, body: v.explanation, evidence: v.evidence, context });
      }
    }
  }
  for (const f of findings) {
    for (const v of [...f.earlierVerdicts, ...(f.verdict ? [f.verdict] : [])]) {
      entries.push({ id: v.file, kind: 'verdict', date: v.date, reviewer: v.reviewer, subject: f.summary, url: f.url, title: `裁定：${v.verdict}`, body: v.explanation, evidence: v.evidence, context: `一致性核查 · ${FINDING_LABELS[f.kind]}` });
    }
  }
  return entries.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1));
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An Atom feed of the log. `updated` is the newest entry's date, never the build time. */
export function atomFeed(entries: readonly LogEntry[], site: string, title: string): string {
  const abs = (path: string) => new URL(path, site).href;
  const updated = `${entries[0]?.date ?? '1970-01-01'}T00:00:00Z`;
  const items = entries.map(
    (e) => `  <entry>
    <id>${xml(abs(sitePath(`/corrections/#${e.id}`)))}</id>
    <title>${xml(e.title)}</title>
    <updated>${e.date}T00:00:00Z</updated>
    <author><name>${xml(e.reviewer)}</name></author>
    <link rel="alternate" href="${xml(abs(e.url))}"/>
    <summary>${xml(`${e.context}：“${e.subject}”——${e.body}`)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${xml(abs(sitePath('/corrections/')))}</id>
  <title>${xml(title)}</title>
  <updated>${updated}</updated>
  <link rel="self" href="${xml(abs(sitePath('/corrections/feed.xml')))}"/>
  <link rel="alternate" href="${xml(abs(sitePath('/corrections/')))}"/>
${items.join('\n')}
</feed>
`;
}
