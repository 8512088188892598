/** Registry validation: every error names file:line and what is allowed. */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/core/diagnostic.ts';
import { readRegistry, validateRegistry } from '../../src/entities/registry.ts';
import { repo } from '../helpers/project.ts';

const valid = `id: nvidia
name: 英伟达
type: company
aliases:
  - NVIDIA
description: 美国芯片设计公司。
`;
const errors = (files: Record<string, string>) =>
  validateRegistry(Object.entries(files).map(([name, text]) => ({ file: `content/entities/${name}`, text }))).diagnostics.map(formatDiagnostic);

describe('entity registry', () => {
  it('accepts a valid entry', () => {
    expect(errors({ 'nvidia.yaml': valid })).toEqual([]);
  });

  it('reports schema errors with line and column', () => {
    expect(errors({ 'nvidia.yaml': valid.replace('type: company', 'type: firm') })).toEqual([
      expect.stringMatching(/^content\/entities\/nvidia\.yaml:3:7 type: Invalid option: expected one of "company"\|"person"/),
    ]);
    expect(errors({ 'nvidia.yaml': valid.replace('description: 美国芯片设计公司。\n', '') })).toEqual([
      expect.stringMatching(/^content\/entities\/nvidia\.yaml:1:1 description: /),
    ]);
    expect(errors({ 'nvidia.yaml': `${valid}homepage: x\n` })).toEqual([
      expect.stringMatching(/^content\/entities\/nvidia\.yaml:7:1 unknown key "homepage"; allowed are id, name, names, type, aliases, roles, relations, description, wikidata {2}registry\/unknown-key$/),
    ]);
    expect(errors({ 'nvidia.yaml': `${valid}wikidata: 182477\n` })).toEqual([expect.stringMatching(/nvidia\.yaml:7:11 wikidata: /)]);
  });

  it('requires the id to match the file name', () => {
    expect(errors({ 'nvidia-corp.yaml': valid })).toEqual(['content/entities/nvidia-corp.yaml:1:1 id "nvidia" must match the file name "nvidia-corp.yaml"  registry/id-file-name']);
  });

  it('requires relation targets to exist', () => {
    const text = `${valid}relations:\n  - kind: ceo-of\n    target: nvidiaa\n`;
    expect(errors({ 'nvidia.yaml': text })).toEqual([
      'content/entities/nvidia.yaml:9:1 relation ceo-of points at unknown entity "nvidiaa"; known ids are the file names in content/entities/  registry/unknown-relation',
    ]);
  });

  it('refuses YAML aliases, duplicate keys and invisible characters', () => {
    expect(errors({ 'nvidia.yaml': valid.replace('name: 英伟达', 'name: &n 英伟达\naliases2: *n') })).toContainEqual(expect.stringMatching(/nvidia\.yaml:3:11 YAML aliases \(\*n\) are not allowed/));
    expect(errors({ 'nvidia.yaml': `${valid}name: 另一个\n` })).toContainEqual(expect.stringMatching(/nvidia\.yaml:7:1 YAML: Map keys must be unique/));
    expect(errors({ 'nvidia.yaml': valid.replace('英伟达', '英伟\u202e达') })).toContainEqual('content/entities/nvidia.yaml:2:9 invisible character U+202E is not allowed (bidi controls and zero-width characters hide changes from reviewers)  registry/invisible-character');
  });

  it('the curated registry is valid and covers the corpus', () => {
    const { entities, diagnostics } = readRegistry(repo);
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(entities.length).toBeGreaterThanOrEqual(60);
    const types = new Set(entities.map((e) => e.type));
    for (const type of ['company', 'person', 'product', 'organisation', 'index', 'place', 'concept']) expect(types).toContain(type);
  });
});
