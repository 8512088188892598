#!/usr/bin/env node
/**
 * `npm run bench [-- --articles N]` (default 1000): a synthetic corpus of N
 * articles through our whole pipeline (`npm run build`: ingest; astro build,
 * which loads, links, checks and renders the corpus and writes the pages;
 * Pagefind and the service worker), phase by phase, and through a baseline in the same run: a minimal Astro 7
 * site rendering the same articles as plain MDX pages, indexed by Pagefind
 * with defaults. Wall seconds and peak RSS of each process tree; ratios ours /
 * baseline; the bytes a browser fetches to search our site, per query
 * (src/bench/search-bytes.ts). The last line is one JSON object. Figures are printed, never asserted.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../bench/generate.ts';
import { measure, type Measurement } from '../bench/measure.ts';
import { parseSeed } from '../core/parse-seed.ts';
import { buildPhases, type Phase } from '../bench/phases.ts';
import { buildSteps } from './build-steps.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--articles');
const articles = Number(at >= 0 ? args[at + 1] : (args.find((a) => a.startsWith('--articles='))?.slice(11) ?? 1000));
const keep = args.includes('--keep');
if (!Number.isInteger(articles) || articles < 1) {
  console.error('bench: --articles takes a whole number ≥ 1');
  process.exit(2);
}

const repo = process.cwd();
const node = process.execPath;
const work = mkdtempSync(join(tmpdir(), `kaozheng-bench-${articles}-`));
const corpus = generateCorpus(articles);
const env = { ...process.env, PATH: `${join(repo, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, NO_COLOR: '1' };
const fail = (what: string, m: Measurement) => {
  console.error(`bench: ${what} failed (exit ${m.status})\n${m.stderr.slice(-4000)}`);
  process.exit(1);
};

// Ours: the project as a user has it, with the synthetic seeds instead of the corpus.
const ours = join(work, 'ours');
mkdirSync(join(ours, 'seeds'), { recursive: true });
for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'content/entities', 'content/metrics']) cpSync(join(repo, entry), join(ours, entry), { recursive: true });
symlinkSync(join(repo, 'node_modules'), join(ours, 'node_modules'), 'dir');
for (const [name, text] of corpus.files) writeFileSync(join(ours, 'seeds', name), text);

// Our pipeline is `npm run build`, its steps as build.ts runs them (build-steps.ts): ingest;
// astro build, which loads, links, checks and renders the corpus and writes the pages; then the
// search index. Phases inside astro build come from its timing lines; each phase's peak is the
// highest RSS sample of the tree in its window.
const phases: Record<string, Phase> = {};
const [ingestStep, astroStep, searchStep] = buildSteps(ours, join(ours, 'dist'));
const ingest = await measure(node, [...ingestStep.args], { cwd: ours, env: { ...env, ...ingestStep.env } });
if (ingest.status !== 0) fail('ingest', ingest);
phases.ingest = pick(ingest);
const built = await measure(node, [...astroStep.args], { cwd: ours, env: { ...env, ...astroStep.env, KAOZHENG_TIMINGS: '1' } });
if (built.status !== 0) fail('astro build', built);
Object.assign(phases, buildPhases(built));
const indexed = await measure(node, [...searchStep.args], { cwd: ours, env: { ...env, ...searchStep.env } });
if (indexed.status !== 0) fail('search index', indexed);
phases.search = pick(indexed);
const checkerAlone = await measure(node, [join(ours, 'src/bench/check-only.ts'), ours], { cwd: ours, env });
const checker = checkerAlone.status === 0 ? (JSON.parse(checkerAlone.stdout.trim().split('\n').at(-1)!) as { full: { seconds: number; claims: number }; tenth: { seconds: number; claims: number }; ratio: number }) : undefined;
// Bytes a reader's browser fetches to search the site (needs Chromium; without it, said and skipped).
const searchBytes = await measure(node, [join(ours, 'src/bench/search-bytes.ts'), join(ours, 'dist')], { cwd: ours, env });
const searchSteps = searchBytes.status === 0 ? (JSON.parse(searchBytes.stdout.trim().split('\n').at(-1)!) as { steps: { step: string; pagefind: number }[] }).steps : undefined;

// Baseline: what a user would build without Kaozheng.
const base = join(work, 'baseline');
mkdirSync(join(base, 'src/pages/articles'), { recursive: true });
mkdirSync(join(base, 'src/layouts'), { recursive: true });
symlinkSync(join(repo, 'node_modules'), join(base, 'node_modules'), 'dir');
writeFileSync(join(base, 'package.json'), '{ "name": "baseline", "private": true, "type": "module" }\n');
writeFileSync(join(base, 'astro.config.mjs'), "import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [mdx()] });\n");
writeFileSync(join(base, 'src/layouts/Base.astro'), '---\nconst { frontmatter } = Astro.props;\n---\n<html lang="zh-CN"><head><meta charset="utf-8" /><title>{frontmatter.title}</title></head><body><main><slot /></main></body></html>\n');
let n = 0;
for (const [name, text] of corpus.files) {
  for (const article of parseSeed(`seeds/${name}`, new TextEncoder().encode(text)).seed!.articles) {
    const body = article.sections.map((s) => `## ${s.heading ?? ''}\n\n${s.claims.map((c) => `- ${c.text} [${c.refs.join('][')}]`).join('\n')}`).join('\n\n');
    writeFileSync(join(base, 'src/pages/articles', `${n++}.mdx`), `---\nlayout: ../../layouts/Base.astro\ntitle: ${JSON.stringify(article.title)}\n---\n\n# ${article.title}\n\n${article.outlet} · ${article.printed}\n\n${body}\n`);
  }
}
const baseBuild = await measure(node, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: base, env });
if (baseBuild.status !== 0) fail('baseline astro build', baseBuild);
const basePagefind = await measure(node, [join(repo, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist'], { cwd: base, env });
if (basePagefind.status !== 0) fail('baseline pagefind', basePagefind);

const sum = (list: Phase[]): Phase => ({ wall_s: list.reduce((s, p) => s + p.wall_s, 0), peak_rss_mb: Math.max(...list.map((p) => p.peak_rss_mb)) });
const ourTotal = sum([phases.ingest, pick(built), phases.search]);
const baseTotal = sum([pick(baseBuild), pick(basePagefind)]);
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const roundAll = (p: Phase): Phase => ({ wall_s: round(p.wall_s), peak_rss_mb: round(p.peak_rss_mb, 0) });

console.log(`\nbench: ${articles} articles, ${corpus.claims} claims on ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log('phase                wall s   peak RSS MB');
for (const [name, p] of Object.entries(phases)) console.log(`ours  ${name.padEnd(14)} ${p.wall_s.toFixed(2).padStart(7)}   ${p.peak_rss_mb.toFixed(0).padStart(8)}`);
console.log(`ours  total          ${ourTotal.wall_s.toFixed(2).padStart(7)}   ${ourTotal.peak_rss_mb.toFixed(0).padStart(8)}`);
console.log(`base  astro build    ${baseBuild.wall_s.toFixed(2).padStart(7)}   ${baseBuild.peak_rss_mb.toFixed(0).padStart(8)}`);
console.log(`base  pagefind       ${basePagefind.wall_s.toFixed(2).padStart(7)}   ${basePagefind.peak_rss_mb.toFixed(0).padStart(8)}`);
console.log(`base  total          ${baseTotal.wall_s.toFixed(2).padStart(7)}   ${baseTotal.peak_rss_mb.toFixed(0).padStart(8)}`);
if (checker) console.log(`checker alone: ${checker.full.claims} claims in ${checker.full.seconds.toFixed(2)} s; ${checker.tenth.claims} claims in ${checker.tenth.seconds.toFixed(3)} s (×${checker.ratio.toFixed(1)} time for ×${(checker.full.claims / checker.tenth.claims).toFixed(1)} claims)`);
if (searchSteps) console.log(searchBytes.stdout.trim().split('\n').slice(0, -1).join('\n'));
else console.log(`search bytes: not measured (${searchBytes.stderr.trim().split('\n').at(-1) ?? `exit ${searchBytes.status}`})`);
if (!keep) rmSync(work, { recursive: true, force: true });
else console.log(`kept: ${work}`);

console.log(
  JSON.stringify({
    articles,
    claims: corpus.claims,
    ours: { ...roundAll(ourTotal), phases: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, roundAll(v)])) },
    baseline: roundAll(baseTotal),
    ratio: { wall: round(ourTotal.wall_s / baseTotal.wall_s), rss: round(ourTotal.peak_rss_mb / baseTotal.peak_rss_mb) },
    ...(checker ? { checker: { claims: checker.full.claims, seconds: round(checker.full.seconds, 3), scaling: round(checker.ratio) } } : {}),
    ...(searchSteps ? { search_kib: Object.fromEntries(searchSteps.map((s) => [s.step, round(s.pagefind / 1024, 1)])) } : {}),
  }),
);

function pick(m: Measurement): Phase {
  return { wall_s: m.wall_s, peak_rss_mb: m.peak_rss_mb };
}
