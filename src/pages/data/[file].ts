/**
 * Every file of `/data/` (src/site/data-files.ts), streamed as it is made, for `astro dev`. A build
 * writes them once, from the /data/ page (src/site/data-writer.ts), so here it has no paths.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { textStream } from '../../site/json-stream.ts';
import { DATA_FILES } from '../../site/data-files.ts';
import { getDataSources } from '../../site/data-sources.ts';

export const getStaticPaths = (() => (import.meta.env.PROD ? [] : DATA_FILES).map((file) => ({ params: { file: file.name }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: (typeof DATA_FILES)[number] }> = async ({ props }) => new Response(textStream(props.file.pieces(await getDataSources())));
