import type { APIRoute } from 'astro';
import { entityRecords, jsonLines } from '../../content/exports.ts';
import { getEntityIndex } from '../../site/entities.ts';

export const GET: APIRoute = async () => new Response(jsonLines(entityRecords(await getEntityIndex())));
