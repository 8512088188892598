import type { APIRoute } from 'astro';
import { getFindings } from '../../site/checks.ts';

/** The same shape as `npm run check -- --json`. */
export const GET: APIRoute = async () => new Response(`${JSON.stringify({ findings: await getFindings() }, null, 1)}\n`);
