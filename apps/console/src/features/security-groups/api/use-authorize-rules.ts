import { useMutation } from '@tanstack/react-query';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { authorizeRows, type AuthorizeRowsInput } from './authorize-rows.ts';

/** The rule editor's Save: every row authorized in one engine batch, or none (authorizeRows). */
export function useAuthorizeRules() {
  const engine = useEngine();
  return useMutation({
    mutationFn: (input: AuthorizeRowsInput) => engine.batch((call) => authorizeRows(call, input)),
  });
}
