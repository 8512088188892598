import type { APIRoute } from 'astro';
import { jsonObjectOfArray, textStream } from '../../site/json-stream.ts';
import { getFindings } from '../../site/checks.ts';

/** The same shape as `npm run check -- --json`. */
export const GET: APIRoute = async () => new Response(textStream(jsonObjectOfArray('findings', await getFindings())));
