/** A seed export given as text, run as a new topic arrives: the only seed, the shipped metrics lexicon, no curated entities, ingest then the whole pipeline. */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../src/content/ingest.ts';
import type { Corpus } from '../../src/pipeline/model.ts';
import { runPipeline } from '../../src/pipeline/stages.ts';
import { repo, tempDir } from './project.ts';

/** `articles` are [title, outlet, "YYYY-MM-DD HH:MM", body] in seed syntax. */
export function newTopicSeed(...articles: [string, string, string, string][]): string {
  return `Workflow\n测试\n${articles.map(([title, outlet, time, body]) => `${title}\n${outlet}· ${time}\n${body}\n`).join('')}`;
}

export function runNewTopic(text: string): Corpus {
  const root = tempDir('new-topic-');
  mkdirSync(join(root, 'seeds'));
  writeFileSync(join(root, 'seeds', 'topic.txt'), text);
  mkdirSync(join(root, 'content'));
  cpSync(join(repo, 'content/metrics'), join(root, 'content/metrics'), { recursive: true });
  ingest(root);
  return runPipeline(root);
}

/** The findings as kind and the texts of their claims. */
export const findingTexts = (corpus: Corpus) => corpus.findings.map((f) => ({ kind: f.kind, claims: f.claims.map((c) => c.text) }));
/** The findings of the articles given, run as a new topic. */
export const findingsOf = (...articles: Parameters<typeof newTopicSeed>) => findingTexts(runNewTopic(newTopicSeed(...articles)));
/** Whether the list has a finding of `kind` naming every claim given (by a substring of each). */
export const hasFindingIn = (list: ReturnType<typeof findingTexts>, kind: string, ...claims: string[]) => list.some((f) => f.kind === kind && claims.every((c) => f.claims.some((t) => t.includes(c))));
/** Whether the export, run as a new topic, has a finding of `kind` naming every claim given (by a substring of each). */
export const hasFinding = (text: string, kind: string, ...claims: string[]) => hasFindingIn(findingTexts(runNewTopic(text)), kind, ...claims);
