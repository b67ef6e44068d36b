import { useMutation } from '@tanstack/react-query';
import { SNAPSHOT_SERVICE_NAME } from '@sg/engine/forms';
import { useEngine } from '../../../lib/engine-provider.tsx';

/** "Authorize": CreateServiceLinkedRole for the snapshot service, once per account (the world keeps it). */
export function useCreateServiceLinkedRole() {
  const engine = useEngine();
  return useMutation({
    mutationFn: () => engine.call('CreateServiceLinkedRole', { ServiceName: SNAPSHOT_SERVICE_NAME }),
  });
}
