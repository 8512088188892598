/**
 * The corpus for pages, straight from the core (src/content/corpus.ts), once
 * per build. Not through Astro's content layer: its data store would copy
 * every claim, figure and rendered article into one serialised file and back,
 * which at 10,000 articles costs more memory than the rest of the build.
 */
import { type Corpus, loadCorpus } from '../content/corpus.ts';
import { InputError } from '../core/diagnostic.ts';
import { logTiming } from '../bench/timing.ts';
import { oncePerBuild } from './once.ts';

/** Set by the kaozheng integration (src/integrations/kaozheng.ts) to the project root. */
const ROOT: string = import.meta.env.KAOZHENG_ROOT;

export const getCorpus = oncePerBuild(async (): Promise<Corpus> => {
  let corpus: Corpus;
  try {
    corpus = loadCorpus(ROOT);
  } catch (error) {
    // Bad input, not a crash: Astro prints the `file:line:col` list without the build's own frames.
    if (error instanceof InputError) error.stack = `${error.name}: ${error.message}`;
    throw error;
  }
  for (const t of corpus.timings) logTiming(t.step, t.start, t.end);
  return corpus;
});
