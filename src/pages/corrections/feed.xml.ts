import type { APIRoute } from 'astro';
import { atomFeed, reviewLog } from '../../site/review-log.ts';
import { getArticles } from '../../site/articles.ts';
import { getFindings } from '../../site/checks.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(atomFeed(reviewLog(await getArticles(), await getFindings()), site?.href ?? 'https://kaozheng.example/', '考证：更正与裁定'), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
