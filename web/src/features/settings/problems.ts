import type { TFunction } from 'i18next';
import { apiProblem, problemMessage } from '../../lib/graphql-errors';
import { notify } from '../../ui/notify';

/** A failed settings action as a translated error toast. */
export function notifyProblem(err: unknown, t: TFunction): void {
  const { key, values } = problemMessage(apiProblem(err));
  notify(t(key, values), 'error');
}
