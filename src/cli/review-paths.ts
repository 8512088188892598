#!/usr/bin/env node
/**
 * Reads changed paths (one per line, e.g. from `git diff --name-only`) and
 * prints GitHub annotations: a notice for a content-only pull request, a
 * warning listing the code a content pull request also changes. Exit 0: the
 * reviewers decide, CODEOWNERS enforces.
 */
import { readFileSync } from 'node:fs';
import { classifyPaths } from '../reviews/paths.ts';

const { content, code } = classifyPaths(readFileSync(0, 'utf8').split('\n'));
if (content.length > 0 && code.length === 0) {
  console.log(`::notice title=考证：仅内容修改::本拉取请求只修改内容（${content.length} 个文件），不改动代码。`);
} else if (content.length > 0) {
  for (const path of code) console.log(`::warning file=${path},title=考证：内容拉取请求同时修改了代码::${path} 是代码或构建文件，需要维护者审阅（见 CODEOWNERS）。`);
} else {
  console.log(`::notice title=考证：代码修改::本拉取请求修改代码（${code.length} 个文件），需要维护者审阅。`);
}
