/**
 * Verdicts on findings, attached by id: a finding answers to its id and to its
 * `previousIds`. A verdict on an id no finding answers to (the finding split,
 * merged, changed kind or was resolved by a correction) is kept, never refused:
 * it is shown as 待复核 (needs re-review) with the nearest current finding.
 */
import { kindOf, subjectOf } from '../check/identity.ts';
import type { Finding } from '../check/model.ts';
import type { Diagnostic, Place } from '../core/diagnostic.ts';
import type { VerdictEntry } from './schema.ts';

export interface StaleVerdict {
  verdict: VerdictEntry;
  /** The verdict's `target:` in its file. */
  place: Place;
  /** The current finding on the same subject (same kind first), or null when there is none. */
  nearest: string | null;
  /** Set when a correction resolved the finding the verdict was on: the correction files. */
  resolvedBy?: string[];
}

export interface ResolvedFinding {
  id: string;
  previousIds: readonly string[];
  /** The correction files that resolved it. */
  corrections: string[];
}

export interface AttachedVerdicts {
  /** Finding id → its verdicts, oldest first. */
  byFinding: Map<string, VerdictEntry[]>;
  stale: StaleVerdict[];
}

/** `verdicts` oldest first; only those on findings (`f…`) are considered. */
export function attachVerdicts(verdicts: readonly VerdictEntry[], findings: readonly Pick<Finding, 'id' | 'previousIds'>[], resolved: readonly ResolvedFinding[] = [], texts: ReadonlyMap<string, string> = new Map()): AttachedVerdicts {
  const owner = new Map<string, string>();
  // A current id wins over an earlier id that happens to equal it.
  for (const f of findings) for (const id of f.previousIds) if (!owner.has(id)) owner.set(id, f.id);
  for (const f of findings) owner.set(f.id, f.id);
  const resolvedBy = new Map(resolved.flatMap((r) => [r.id, ...r.previousIds].map((id) => [id, r] as const)));
  const byFinding = new Map<string, VerdictEntry[]>();
  const stale: StaleVerdict[] = [];
  for (const verdict of verdicts) {
    if (!verdict.target.startsWith('f')) continue;
    const id = owner.get(verdict.target);
    if (id !== undefined) {
      byFinding.set(id, [...(byFinding.get(id) ?? []), verdict]);
      continue;
    }
    const fix = resolvedBy.get(verdict.target);
    stale.push({ verdict, place: targetPlace(verdict.file, texts.get(verdict.file)), nearest: nearestFinding(fix?.id ?? verdict.target, findings), ...(fix ? { resolvedBy: fix.corrections } : {}) });
  }
  return { byFinding, stale };
}

/** The current finding on the same subject as `id`, of the same kind when there is one. */
export function nearestFinding(id: string, findings: readonly Pick<Finding, 'id'>[]): string | null {
  const same = findings.filter((f) => subjectOf(f.id) === subjectOf(id));
  return (same.find((f) => kindOf(f.id) === kindOf(id)) ?? same[0])?.id ?? null;
}

function targetPlace(file: string, text = ''): Place {
  const index = text.split('\n').findIndex((l) => l.startsWith('target:'));
  return { file, line: index + 1 || 1, column: index >= 0 ? 9 : 1 };
}

/** A warning at the verdict's target: it waits for re-review, with the nearest finding. Never fatal. */
export function staleVerdictMessage(s: StaleVerdict): Diagnostic {
  const near = s.nearest === null ? '没有相近的核查项 (no current finding on the same subject)' : `最相近的核查项 ${s.nearest} (nearest finding)`;
  const why = s.resolvedBy ? `该核查项已由更正解决（${s.resolvedBy.join('、')}）` : '该核查项已拆分、合并或不再存在';
  const english = s.resolvedBy ? 'the finding was resolved by a correction' : 'the finding split, merged or no longer exists';
  return {
    ...s.place,
    source: 'reviews',
    rule: 'stale-verdict',
    fatal: false,
    message: `待复核：裁定针对的 ${s.verdict.target} ${why}；${near}。Needs re-review: ${english}.`,
  };
}
