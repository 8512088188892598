import type { APIRoute } from 'astro';
import { articleRecords } from '../../site/exports.ts';
import { jsonLines, textStream } from '../../site/json-stream.ts';
import { getArticles } from '../../site/articles.ts';

export const GET: APIRoute = async () => new Response(textStream(jsonLines(articleRecords(await getArticles()))));
