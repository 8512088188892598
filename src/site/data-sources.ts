/** What the data files are made from, for src/pages/data/. */
import type { DataSources } from './data-files.ts';
import { getArticles } from './articles.ts';
import { getFindings } from './checks.ts';
import { getCorpus } from './corpus.ts';
import { getEntityIndex } from './entities.ts';

export const getDataSources = async (): Promise<DataSources> => ({ articles: await getArticles(), entities: await getEntityIndex(), findings: await getFindings(), resolved: (await getCorpus()).resolved, staleVerdicts: (await getCorpus()).staleVerdicts });
