import type { APIRoute } from 'astro';
import { entityRecords } from '../../content/exports.ts';
import { jsonLines, textStream } from '../../content/json-stream.ts';
import { getEntityIndex } from '../../site/entities.ts';

export const GET: APIRoute = async () => new Response(textStream(jsonLines(entityRecords(await getEntityIndex()))));
