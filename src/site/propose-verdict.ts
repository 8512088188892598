/**
 * The 提出裁定 link of a finding card: a new `content/verdicts/<finding id>-N.yaml`
 * in the repository host's web editor, prefilled with the target and the scale
 * (CONTRIBUTING.md explains the fields). Only on /checks/ pages, so article
 * pages keep their budget.
 */
import { VERDICTS_DIR } from '../reviews/dirs.ts';
import { VERDICTS } from '../reviews/schema.ts';
import { newFileUrl } from './repository.ts';

export const verdictFileName = (findingId: string, existing: number): string => `${findingId}-${existing + 1}.yaml`;

export function proposeVerdictUrl(findingId: string, existing: number): string {
  const template = `target: "${findingId}"\n# ${VERDICTS.join(' / ')}\nverdict: ""\nexplanation: ""\nevidence:\n  - "https://"\nreviewer: ""\ndate: "YYYY-MM-DD"\n`;
  return newFileUrl(VERDICTS_DIR, verdictFileName(findingId, existing), template);
}
