import { fail } from '../errors.ts';
import type { ActionContext } from '../context.ts';
import { optionalString } from '../validate/params.ts';

/** A ClientToken: at most 64 ASCII characters (the ECS idempotence page). @throws InvalidClientToken.ValueNotSupported */
export function readClientToken(value: unknown): string {
  const token = optionalString(value, 'ClientToken');
  if (token.length > 64 || !/^[\x20-\x7e]*$/.test(token)) {
    fail(
      'InvalidClientToken.ValueNotSupported',
      'The ClientToken can contain only ASCII characters and cannot exceed 64 characters.',
      400,
      'ClientToken',
    );
  }
  return token;
}

/** Parameters that are not part of "the same request": the token itself and the DryRun flag. */
const NOT_COMPARED = new Set(['ClientToken', 'DryRun']);

/** JSON with object keys sorted and undefined left out, so two equal requests print the same. */
function canonical(value: unknown, top = false): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonical(item)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .filter((key) => !(top && NOT_COMPARED.has(key)))
      .sort()
      .flatMap((key) => {
        const item = (value as Record<string, unknown>)[key];
        return item === undefined ? [] : [`${JSON.stringify(key)}:${canonical(item)}`];
      });
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Runs an action under the ECS idempotence contract (actions whose request has ClientToken): a token the action
 * already succeeded with answers that call's response again and changes nothing, if the parameters are the same;
 * with other parameters the call is refused. A new token is stored in the call's own transaction, so it is kept
 * exactly when the call's changes are. Tokens are per action.
 * @throws InvalidClientToken.ValueNotSupported, IdempotentParameterMismatch
 */
export function runIdempotent<R>(ctx: ActionContext, action: string, params: Record<string, unknown>, run: () => R): R {
  const token = readClientToken(params.ClientToken);
  if (token === '') return run();
  const key = `${action}/${token}`;
  const request = canonical(params, true);
  const earlier = ctx.tx.get('clientTokens', key);
  if (earlier) {
    if (earlier.Request !== request) {
      fail(
        'IdempotentParameterMismatch',
        'Request uses a client token in a previous request but is not identical to that request.',
        400,
        'ClientToken',
      );
    }
    return JSON.parse(JSON.stringify(earlier.Response)) as R;
  }
  const response = run();
  ctx.tx.put('clientTokens', key, {
    Action: action,
    ClientToken: token,
    Request: request,
    Response: JSON.parse(JSON.stringify(response)) as Record<string, unknown>,
    CreationTime: ctx.time,
  });
  return response;
}
