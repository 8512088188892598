#!/usr/bin/env node
/**
 * Reads `git diff --name-status` (or bare paths) and prints GitHub annotations:
 * a notice for a content-only pull request, a warning for the code a content
 * pull request also changes, and an error for an edited or deleted correction
 * or verdict (a changed verdict is a new file; the record only grows), which
 * also makes the exit status 1.
 */
import { readFileSync } from 'node:fs';
import { classifyPaths } from '../reviews/paths.ts';

const { content, code, rewritten } = classifyPaths(readFileSync(0, 'utf8').split('\n'));
for (const path of rewritten) {
  console.log(`::error file=${path},title=考证：已发布的记录不能修改::${path} 已经发布；更正或裁定的改变请新增一个文件（如 …-2.yaml），不要修改或删除原文件。`);
}
if (rewritten.length > 0) process.exitCode = 1;
if (content.length > 0 && code.length === 0) {
  console.log(`::notice title=考证：仅内容修改::本拉取请求只修改内容（${content.length} 个文件），不改动代码。`);
} else if (content.length > 0) {
  for (const path of code) console.log(`::warning file=${path},title=考证：内容拉取请求同时修改了代码::${path} 是代码或构建文件，需要维护者审阅（见 CODEOWNERS）。`);
} else {
  console.log(`::notice title=考证：代码修改::本拉取请求修改代码（${code.length} 个文件），需要维护者审阅。`);
}
