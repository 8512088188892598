import type { APIRoute } from 'astro';
import { claimRecords, jsonLines } from '../../content/exports.ts';
import { getArticles } from '../../site/articles.ts';

export const GET: APIRoute = async () => new Response(jsonLines(claimRecords(await getArticles())));
