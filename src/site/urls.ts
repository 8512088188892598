/** Site-relative URLs: one place, so pages, data and links agree. */
export const articleUrl = (slug: string): string => `/articles/${slug}/`;
export const claimUrl = (slug: string, claim: string): string => `${articleUrl(slug)}#${claim}`;
export const entityUrl = (id: string): string => `/entities/${id}/`;
