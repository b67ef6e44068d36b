import { fail } from '../../errors.ts';
import type { Instance, InstanceChargeType, InternetChargeType } from '../../model/instance.ts';
import { optionalInteger, optionalString } from '../../validate/params.ts';

/**
 * How RunInstances bills an instance and its public bandwidth. Nothing is charged in the world, but the choices
 * show in DescribeInstances as they do in the real answer: the charge type and expiry, and a public IP when the
 * instance is given outbound bandwidth.
 */
export interface InstanceBilling {
  InstanceChargeType: InstanceChargeType;
  /** Subscriptions: when the period ends. Pay-as-you-go instances never expire (`POSTPAID_EXPIRY`). */
  ExpiredTime: string;
  InternetChargeType: InternetChargeType;
  InternetMaxBandwidthOut: number;
  InternetMaxBandwidthIn: number;
}

/** The real API's expiry for a pay-as-you-go instance. */
export const POSTPAID_EXPIRY = '2099-12-31T15:59Z';

/** Subscription periods RunInstances accepts, by PeriodUnit. */
const PERIODS: Record<'Week' | 'Month', readonly number[]> = {
  Week: [1, 2, 3, 4],
  Month: [1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 60],
};
const MAX_BANDWIDTH_OUT = 100;
const MAX_BANDWIDTH_IN = 200;

/**
 * @throws InvalidInstanceChargeType.ValueNotSupported, MissingParameter (Period), InvalidPeriod,
 * InvalidPeriodUnit.ValueNotSupported, InvalidInternetChargeType.ValueNotSupported, InvalidParameter (bandwidths)
 */
export function readBilling(params: Record<string, unknown>, now: number): InstanceBilling {
  const chargeType = optionalString(params.InstanceChargeType, 'InstanceChargeType').trim() || 'PostPaid';
  if (chargeType !== 'PostPaid' && chargeType !== 'PrePaid') {
    fail(
      'InvalidInstanceChargeType.ValueNotSupported',
      'The specified InstanceChargeType is not valid. Valid values: PrePaid, PostPaid.',
      400,
      'InstanceChargeType',
    );
  }
  const internet = optionalString(params.InternetChargeType, 'InternetChargeType').trim() || 'PayByTraffic';
  if (internet !== 'PayByTraffic' && internet !== 'PayByBandwidth') {
    fail(
      'InvalidInternetChargeType.ValueNotSupported',
      'The specified InternetChargeType is not valid. Valid values: PayByBandwidth, PayByTraffic.',
      400,
      'InternetChargeType',
    );
  }
  const out = optionalInteger(params.InternetMaxBandwidthOut, 'InternetMaxBandwidthOut', 0, MAX_BANDWIDTH_OUT) ?? 0;
  // The real default inbound cap: 10 Mbit/s up to 10 out, else as much as out.
  const inbound =
    optionalInteger(params.InternetMaxBandwidthIn, 'InternetMaxBandwidthIn', 1, MAX_BANDWIDTH_IN) ?? Math.max(10, out);
  return {
    InstanceChargeType: chargeType,
    ExpiredTime: chargeType === 'PrePaid' ? subscriptionEnd(params, now) : POSTPAID_EXPIRY,
    InternetChargeType: internet,
    InternetMaxBandwidthOut: out,
    InternetMaxBandwidthIn: inbound,
  };
}

function subscriptionEnd(params: Record<string, unknown>, now: number): string {
  const unit = optionalString(params.PeriodUnit, 'PeriodUnit').trim() || 'Month';
  if (unit !== 'Week' && unit !== 'Month') {
    fail(
      'InvalidPeriodUnit.ValueNotSupported',
      'The specified PeriodUnit is not valid. Valid values: Week, Month.',
      400,
      'PeriodUnit',
    );
  }
  if (params.Period === undefined || params.Period === null || params.Period === '') {
    fail(
      'MissingParameter',
      'The input parameter "Period" that is mandatory for processing this request is not supplied.',
      400,
      'Period',
    );
  }
  const period = typeof params.Period === 'number' ? params.Period : Number(params.Period);
  if (!PERIODS[unit].includes(period)) {
    fail(
      'InvalidPeriod',
      `The specified Period is not valid. Valid values for PeriodUnit ${unit}: ${PERIODS[unit].join(', ')}.`,
      400,
      'Period',
    );
  }
  const end = new Date(now);
  if (unit === 'Week') end.setUTCDate(end.getUTCDate() + 7 * period);
  else end.setUTCMonth(end.getUTCMonth() + period);
  // Minutes, as the API prints ExpiredTime: 2027-01-03T16:00Z.
  return end.toISOString().slice(0, 16) + 'Z';
}

/** An instance's billing as it was stored; instances stored before billing was modelled are pay-as-you-go. */
export function billingOf(instance: Instance): InstanceBilling {
  return {
    InstanceChargeType: instance.InstanceChargeType ?? 'PostPaid',
    ExpiredTime: instance.ExpiredTime ?? POSTPAID_EXPIRY,
    InternetChargeType: instance.InternetChargeType ?? 'PayByTraffic',
    InternetMaxBandwidthOut: instance.InternetMaxBandwidthOut ?? 0,
    InternetMaxBandwidthIn: instance.InternetMaxBandwidthIn ?? 10,
  };
}
