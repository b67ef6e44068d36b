import type { ActionContext } from '../../context.ts';
import type { RuleDialect } from '../../profiles/profile.ts';
import { EngineError, fail } from '../../errors.ts';
import type { RuleDraft } from '../../model/rule-draft.ts';
import type { Direction } from '../../model/security-group.ts';
import { normalisePermission, PERMISSION_FIELDS } from '../../validate/permission.ts';

/** True when any rule field is given at the top level (the deprecated flat form). */
export function hasFlatPermission(params: object): boolean {
  const raw = params as Record<string, unknown>;
  return PERMISSION_FIELDS.some((field) => raw[field] !== undefined && raw[field] !== null);
}

function coexistError(): never {
  fail(
    'InvalidParam.Permissions',
    'The specified parameter Permissions cannot coexist with other parameters.',
    400,
    'Permissions',
  );
}

/**
 * The permissions of a call as raw inputs with their labels: either `Permissions` (1 to the per-call
 * limit) or the flat top-level fields as one permission, never both.
 */
export function readPermissionInputs(ctx: ActionContext, params: object): { input: unknown; label: string }[] {
  const raw = (params as Record<string, unknown>).Permissions;
  const isFlat = hasFlatPermission(params);
  if (raw === undefined || raw === null) {
    if (!isFlat)
      fail(
        'MissingParameter',
        'The input parameter Permissions that is mandatory for processing this request is not supplied.',
        400,
        'Permissions',
      );
    return [{ input: params, label: 'the request' }];
  }
  if (isFlat) coexistError();
  if (!Array.isArray(raw))
    fail('InvalidParameter', 'The specified parameter Permissions must be a list.', 400, 'Permissions');
  if (raw.length === 0) {
    fail(
      'MissingParameter',
      'The input parameter Permissions that is mandatory for processing this request is not supplied.',
      400,
      'Permissions',
    );
  }
  const limit = ctx.profile.limits.permissionsPerCall;
  if (raw.length > limit) {
    fail(
      'InvalidParam.Permissions',
      `The specified parameter Permissions can contain at most ${limit} items.`,
      400,
      'Permissions',
    );
  }
  return raw.map((input, i) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      fail('InvalidParameter', `The specified parameter Permissions.${i + 1} is not valid.`, 400, 'Permissions');
    }
    return { input, label: `Permissions.${i + 1}` };
  });
}

/** Normalises one permission or throws its problem against the field it is about. */
export function requirePermission(
  dialect: RuleDialect,
  direction: Direction,
  input: unknown,
  label: string,
): RuleDraft {
  const checked = normalisePermission(direction, input, label, dialect);
  if (!checked.ok) {
    const { Code, Message, HttpStatus } = checked.problem;
    throw new EngineError(Code, Message, HttpStatus, checked.field);
  }
  return checked.rule;
}
