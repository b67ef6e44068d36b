import { isoTime } from '../../clock.ts';
import { fail } from '../../errors.ts';
import { ACCOUNT_SETTINGS_ID, settingsOf } from '../../model/settings.ts';
import { runDueWork, type DueWorkResult } from '../../snapshots/run-due-work.ts';
import { defineAction } from '../define.ts';

export interface AdvanceClockParams {
  /** 1 minute to 365 days. */
  Minutes: number;
}

export interface AdvanceClockResponse extends DueWorkResult {
  /** The world's time after the move. */
  CurrentTime: string;
}

const MAX_MINUTES = 60 * 24 * 365;

/**
 * Ours, not the API's: moves the world's simulated time forward (the console's "+5 minutes", "+1 day"), then does
 * the work that became due by then, so the response already counts the snapshots taken and expired. Time never
 * moves back: snapshots would otherwise be dated in the future. The offset is stored with the world, so every tab
 * and every reload sees the same time.
 * @throws MissingParameter.Minutes, InvalidParameter.Minutes
 */
export const advanceClock = defineAction<AdvanceClockParams, AdvanceClockResponse>({
  readOnly: false,
  run(ctx, params) {
    const raw: unknown = params.Minutes;
    if (raw === undefined || raw === null || raw === '') {
      fail('MissingParameter.Minutes', 'The parameter "Minutes" should not be null.', 400, 'Minutes');
    }
    const minutes = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN;
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_MINUTES) {
      fail(
        'InvalidParameter.Minutes',
        `The specified parameter Minutes is not valid. Valid values: 1 to ${MAX_MINUTES} (365 days).`,
        400,
        'Minutes',
      );
    }
    const settings = settingsOf(ctx.tx);
    const step = minutes * 60_000;
    ctx.tx.put('settings', ACCOUNT_SETTINGS_ID, { ...settings, ClockOffsetMs: settings.ClockOffsetMs + step });
    const now = ctx.now + step;
    const done = runDueWork({ ...ctx, now, time: isoTime(now) });
    return { CurrentTime: isoTime(now), ...done };
  },
});
