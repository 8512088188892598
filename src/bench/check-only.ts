#!/usr/bin/env node
/**
 * The checker alone, timed in-process on a project's corpus: all of it, and
 * its first tenth (for the 10× scaling target). Its input is what the build
 * gives it: the stages before it (read, verify, link with discovery). Prints
 * one JSON line.
 */
import { toCheckArticles } from '../pipeline/to-check.ts';
import { check } from '../check/index.ts';
import { throughLink } from '../pipeline/stages.ts';

const root = process.argv[2] ?? process.cwd();
const { known, linked } = throughLink(root);
const { entities, metrics } = known;
const all = toCheckArticles(linked);
const tenth = all.slice(0, Math.max(1, Math.floor(all.length / 10)));
const time = (input: typeof all) => {
  const started = performance.now();
  const { findings } = check(input, entities, metrics);
  return { seconds: (performance.now() - started) / 1000, findings: findings.length, claims: input.reduce((n, a) => n + a.claims.length, 0) };
};
time(tenth); // warm up the JIT so the small run is not charged for it
const small = time(tenth);
const full = time(all);
console.log(JSON.stringify({ full, tenth: small, ratio: full.seconds / small.seconds }));
