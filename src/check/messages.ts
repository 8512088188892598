/** A finding as a message (src/core/diagnostic.ts), so one reporter prints findings and content errors alike. */
import type { Diagnostic } from '../core/diagnostic.ts';
import type { Finding } from './model.ts';

/** At the first claim, its id in brackets; the other claims as causes. High severity warns, the rest inform. */
export function findingMessage(f: Finding, title?: string): Diagnostic {
  const [first, ...others] = f.claims;
  return {
    ...first!.source,
    message: `${f.summary} [${f.id}]`,
    source: 'check',
    rule: f.kind,
    fatal: f.severity === 'high' ? false : null,
    cause: others.map((c) => ({ ...c.source, message: `${c.outlet}${c.label && c.label !== c.outlet ? `（${c.label}）` : ''}` })),
    ...(title ? { title } : {}),
  };
}
