import { fail } from '../../errors.ts';
import type { Instance, MetadataOptions } from '../../model/instance.ts';
import { optionalInteger, optionalString } from '../../validate/params.ts';

/** The real defaults: the metadata service on, tokens optional (normal mode), one hop. */
const DEFAULTS: MetadataOptions = { HttpEndpoint: 'enabled', HttpTokens: 'optional', HttpPutResponseHopLimit: 1 };

function oneOf<T extends string>(value: unknown, name: string, allowed: readonly T[]): T | undefined {
  const text = optionalString(value, name).trim();
  if (text === '') return undefined;
  const found = allowed.find((a) => a === text);
  if (!found) {
    fail(
      'InvalidParameter',
      `The specified parameter ${name} is not valid. Valid values: ${allowed.join(', ')}.`,
      400,
      name,
    );
  }
  return found;
}

/**
 * The instance metadata service options of RunInstances (HttpEndpoint, HttpTokens, HttpPutResponseHopLimit), or
 * a DescribeInstances filter on them: given ones only.
 * @throws InvalidParameter
 */
export function readMetadataOptions(params: Record<string, unknown>): Partial<MetadataOptions> {
  const endpoint = oneOf(params.HttpEndpoint, 'HttpEndpoint', ['enabled', 'disabled'] as const);
  const tokens = oneOf(params.HttpTokens, 'HttpTokens', ['optional', 'required'] as const);
  const hops = optionalInteger(params.HttpPutResponseHopLimit, 'HttpPutResponseHopLimit', 1, 64);
  return {
    ...(endpoint ? { HttpEndpoint: endpoint } : {}),
    ...(tokens ? { HttpTokens: tokens } : {}),
    ...(hops !== undefined ? { HttpPutResponseHopLimit: hops } : {}),
  };
}

/** A new instance's options: the given ones over the defaults. */
export function launchMetadataOptions(params: Record<string, unknown>): MetadataOptions {
  return { ...DEFAULTS, ...readMetadataOptions(params) };
}

/** As DescribeInstances answers them; instances stored before they were modelled have the defaults. */
export function metadataOptionsOf(instance: Instance): MetadataOptions & { InstanceMetadataTags: 'disabled' } {
  return { ...DEFAULTS, ...instance.MetadataOptions, InstanceMetadataTags: 'disabled' };
}

/** Whether an instance has every option a DescribeInstances filter asks for. */
export function matchesMetadata(instance: Instance, wanted: Partial<MetadataOptions>): boolean {
  const options = metadataOptionsOf(instance);
  return Object.entries(wanted).every(([key, value]) => options[key as keyof MetadataOptions] === value);
}
