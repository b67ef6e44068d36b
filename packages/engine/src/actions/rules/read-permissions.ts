import type { ActionContext } from '../../context.ts';
import type { RuleDialect } from '../../profiles/profile.ts';
import { EngineError, fail } from '../../errors.ts';
import type { RuleDraft } from '../../model/rule-draft.ts';
import type { Direction } from '../../model/security-group.ts';
import { normalisePermission, PERMISSION_FIELDS } from '../../validate/permission.ts';
import { WORLD_ACCOUNT_ID, WORLD_ACCOUNT_NAME } from '../../model/account.ts';
import { peerOf } from '../../model/rule-draft.ts';

/** The account of the group a rule names (checkGroupOwner): the world's own only. */
export interface GroupOwnerInput {
  SourceGroupOwnerAccount?: string;
  SourceGroupOwnerId?: string | number;
  DestGroupOwnerAccount?: string;
  DestGroupOwnerId?: string | number;
}

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
  checkGroupOwner(direction, input, checked.rule);
  return checked.rule;
}

/**
 * SourceGroupOwnerAccount / SourceGroupOwnerId (DestGroupOwner* on egress): the account of the group a rule names.
 * Read only when the rule names a group (a CIDR or prefix list ignores them, as the API does). The world has one
 * account (model/account.ts): its name or ID is the same as none; a group of any other account is not in this
 * world, so it is unknown as the API says of a group it cannot find.
 * @throws InvalidParameter, InvalidSourceGroupId.NotFound, InvalidDestGroupId.NotFound
 */
export function checkGroupOwner(direction: Direction, input: unknown, draft: RuleDraft): void {
  if (peerOf(draft).group === '') return;
  const raw = input as Record<string, unknown>;
  const side = direction === 'ingress' ? 'Source' : 'Dest';
  for (const [field, own] of [
    [`${side}GroupOwnerAccount`, [WORLD_ACCOUNT_NAME, WORLD_ACCOUNT_ID]],
    [`${side}GroupOwnerId`, [WORLD_ACCOUNT_ID]],
  ] as const) {
    const value = raw[field];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string' && typeof value !== 'number') {
      fail('InvalidParameter', `The specified parameter ${field} is not valid.`, 400, field);
    }
    if (!(own as readonly string[]).includes(String(value).trim())) {
      fail(
        `Invalid${side}GroupId.NotFound`,
        `The specified ${side === 'Source' ? 'source' : 'destination'} security group of account ${String(value)} does not exist.`,
        404,
        field,
      );
    }
  }
}
