import type { APIRoute } from 'astro';
import { claimRecords } from '../../site/exports.ts';
import { jsonLines, textStream } from '../../site/json-stream.ts';
import { getArticles } from '../../site/articles.ts';

export const GET: APIRoute = async () => new Response(textStream(jsonLines(claimRecords(await getArticles()))));
