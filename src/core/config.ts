/**
 * The time zone that seed timestamps are assumed to be in. Seeds print times
 * without a zone; evidence in the first corpus (an A-share fund trading "now"
 * at 05:45) says UTC. Change it here, and only here.
 */
export const SEED_TIME_ZONE = { name: 'UTC', offset: 'Z' } as const;
