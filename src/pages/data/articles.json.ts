import type { APIRoute } from 'astro';
import { articleRecords } from '../../content/exports.ts';
import { jsonLines, textStream } from '../../content/json-stream.ts';
import { getArticles } from '../../site/articles.ts';

export const GET: APIRoute = async () => new Response(textStream(jsonLines(articleRecords(await getArticles()))));
