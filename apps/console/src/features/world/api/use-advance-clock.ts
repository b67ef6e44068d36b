import { useMutation } from '@tanstack/react-query';
import { useEngine } from '../../../lib/engine-provider.tsx';

/** AdvanceClock: moves the world's time forward; the engine takes what fell due on the way. */
export function useAdvanceClock() {
  const engine = useEngine();
  return useMutation({
    mutationFn: (minutes: number) => engine.call('AdvanceClock', { Minutes: minutes }),
  });
}
