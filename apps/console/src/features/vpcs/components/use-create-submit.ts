import type { UseFormReturnType } from '@mantine/form';
import type { UseMutationResult } from '@tanstack/react-query';
import type { EngineError } from '@sg/engine';
import { problemText } from '../../../views/problem-text.ts';

/**
 * Submitting Create VPC or Create vSwitch: one call; a refusal about a field (its `Field` is the parameter's name,
 * as the form's) stands next to that field, any other in the dialog's alert (`unplacedError`).
 */
export function useCreateSubmit<V extends object, P>(options: {
  form: UseFormReturnType<V>;
  create: UseMutationResult<string, EngineError, P>;
  fields: readonly (keyof V & string)[];
  toParams: (values: V) => P;
  onCreated: (id: string) => void;
}) {
  const { form, create, fields, toParams, onCreated } = options;
  const fieldOf = (error: EngineError) => fields.find((field) => field === error.Field) ?? null;
  const handleSubmit = form.onSubmit((values) =>
    create.mutate(toParams(values), {
      onSuccess: onCreated,
      onError: (error) => {
        const field = fieldOf(error);
        if (field) form.setFieldError(field, problemText(error));
      },
    }),
  );
  const unplacedError = create.error && fieldOf(create.error) === null ? create.error : null;
  return { handleSubmit, unplacedError };
}
