/**
 * Where reviewers' files live. A module of its own: the remark plugin in
 * astro.config.mjs needs the path, and loading the reviews reader (YAML, zod
 * schemas) for it cost the start of every build about 0.2 s.
 */
export const CORRECTIONS_DIR = 'content/corrections';
export const VERDICTS_DIR = 'content/verdicts';
