import type { APIRoute } from 'astro';
import { jsonObjectOfArrays, textStream } from '../../site/json-stream.ts';
import { getCorpus } from '../../site/corpus.ts';

/** The same shape as `npm run check -- --json`: findings, those corrections resolved, verdicts waiting for re-review. */
export const GET: APIRoute = async () => {
  const { findings, resolved, staleVerdicts } = await getCorpus();
  return new Response(textStream(jsonObjectOfArrays([['findings', findings], ['resolved', resolved], ['staleVerdicts', staleVerdicts]])));
};
