import type { APIRoute } from 'astro';
import { articleRecords, jsonLines } from '../../content/exports.ts';
import { getArticles } from '../../site/articles.ts';

export const GET: APIRoute = async () => new Response(jsonLines(articleRecords(await getArticles())));
