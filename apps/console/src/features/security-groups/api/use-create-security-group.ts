import { useMutation } from '@tanstack/react-query';
import { type EngineError, type ParamsOf } from '@sg/engine';
import { consoleCreatedGroupEgress, type PermissionInput, type SecurityGroupTemplate } from '@sg/engine/forms';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { authorizeRows } from './authorize-rows.ts';

export interface CreateSecurityGroupInput {
  params: ParamsOf<'CreateSecurityGroup'>;
  /** The dialog's inbound rule rows (the template's, as edited), each expanded into permissions. */
  ingress: PermissionInput[][];
  /** A template's own outbound rules (Tencent's), written after the inbound ones. */
  egress?: SecurityGroupTemplate['egress'];
}

export type CreateSecurityGroupOutcome =
  | { ok: true; groupId: string }
  /** Rows the engine refused, by row index: nothing was written, not even the group. */
  | { ok: false; rowErrors: Map<number, EngineError> };

/** Thrown inside the batch so that it writes nothing; caught again below. */
class RowsRefused {
  constructor(readonly rowErrors: Map<number, EngineError>) {}
}

/**
 * CreateSecurityGroup, the dialog's inbound rules, the template's outbound rules and the console's own outbound rule
 * for advanced groups, in one batch: the group appears with all its rules, or not at all. A row the engine refuses (authorizeRows' dry run)
 * undoes the group too and comes back by row index; any other refusal rejects with the engine's error.
 */
export function useCreateSecurityGroup() {
  const engine = useEngine();
  return useMutation({
    mutationFn: async ({
      params,
      ingress,
      egress: templateEgress = [],
    }: CreateSecurityGroupInput): Promise<CreateSecurityGroupOutcome> => {
      try {
        const groupId = await engine.batch(async (call) => {
          const { SecurityGroupId } = await call('CreateSecurityGroup', params);
          const { RegionId } = params;
          if (ingress.length > 0) {
            const rows = { regionId: RegionId, groupId: SecurityGroupId, direction: 'ingress' as const, rows: ingress };
            const outcome = await authorizeRows(call, rows);
            if (!outcome.ok) throw new RowsRefused(outcome.rowErrors);
          }
          const egress = [...templateEgress, ...consoleCreatedGroupEgress(params.SecurityGroupType ?? 'normal')];
          if (egress.length > 0) {
            await call('AuthorizeSecurityGroupEgress', { RegionId, SecurityGroupId, Permissions: egress });
          }
          return SecurityGroupId;
        });
        return { ok: true, groupId };
      } catch (error) {
        if (error instanceof RowsRefused) return { ok: false, rowErrors: error.rowErrors };
        throw error;
      }
    },
  });
}
