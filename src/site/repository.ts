/**
 * Where the site's source lives, for "提出更正" and "编辑此页" links: one place.
 * Set KAOZHENG_REPOSITORY and KAOZHENG_BRANCH to publish a fork.
 */
export const REPOSITORY = {
  url: process.env.KAOZHENG_REPOSITORY ?? 'https://github.com/kaozheng/kaozheng',
  branch: process.env.KAOZHENG_BRANCH ?? 'main',
} as const;

/** The host's web editor for an existing file. */
export const editUrl = (path: string): string => `${REPOSITORY.url}/edit/${REPOSITORY.branch}/${path}`;

/** The host's web editor for a new file in `dir`, prefilled. */
export const newFileUrl = (dir: string, filename: string, value: string): string =>
  `${REPOSITORY.url}/new/${REPOSITORY.branch}/${dir}?filename=${encodeURIComponent(filename)}&value=${encodeURIComponent(value)}`;
