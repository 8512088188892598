/**
 * The corpus for pages, straight from the pipeline (src/pipeline/), published
 * once per build. Not through Astro's content layer: its data store would copy
 * every claim, figure and rendered article into one serialised file and back,
 * which at 10,000 articles costs more memory than the rest of the build.
 */
import { InputError } from '../core/diagnostic.ts';
import { loadTimed } from '../pipeline/load.ts';
import { logTimings, type Timing } from '../pipeline/timing.ts';
import { oncePerBuild } from './once.ts';
import { publish, type PublishedCorpus } from './publish.ts';

/** Set by the kaozheng integration (src/integrations/kaozheng.ts) to the project root. */
const ROOT: string = import.meta.env.KAOZHENG_ROOT;

export const getCorpus = oncePerBuild(async (): Promise<PublishedCorpus> => {
  try {
    const { corpus, timings } = loadTimed(ROOT);
    const published: Timing[] = [];
    const result = publish(corpus, { timings: published });
    logTimings([...timings, ...published]);
    return result;
  } catch (error) {
    // Bad input, not a crash: Astro prints the `file:line:col` list without the build's own frames.
    if (error instanceof InputError) error.stack = `${error.name}: ${error.message}`;
    throw error;
  }
});
