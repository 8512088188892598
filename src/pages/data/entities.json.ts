import type { APIRoute } from 'astro';
import { entityRecords } from '../../site/exports.ts';
import { jsonLines, textStream } from '../../site/json-stream.ts';
import { getEntityIndex } from '../../site/entities.ts';

export const GET: APIRoute = async () => new Response(textStream(jsonLines(entityRecords(await getEntityIndex()))));
