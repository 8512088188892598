import type { APIRoute } from 'astro';
import { claimRecords } from '../../content/exports.ts';
import { jsonLines, textStream } from '../../content/json-stream.ts';
import { getArticles } from '../../site/articles.ts';

export const GET: APIRoute = async () => new Response(textStream(jsonLines(claimRecords(await getArticles()))));
