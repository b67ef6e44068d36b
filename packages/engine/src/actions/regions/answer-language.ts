import { fail } from '../../errors.ts';
import type { AnswerLanguage, LocalNames } from '../../profiles/profile.ts';
import { optionalString } from '../../validate/params.ts';

const LANGUAGES: readonly AnswerLanguage[] = ['en-US', 'zh-CN', 'ja'];

/**
 * AcceptLanguage of DescribeRegions and DescribeZones: `en-US` (the emulator's default, where the real API's is
 * `zh-CN`: the console is in English), `zh-CN` or `ja`.
 * @throws InvalidAcceptLanguage.ValueNotSupported
 */
export function readAnswerLanguage(value: unknown): AnswerLanguage {
  const text = optionalString(value, 'AcceptLanguage').trim() || 'en-US';
  const language = LANGUAGES.find((l) => l === text);
  if (!language) {
    fail(
      'InvalidAcceptLanguage.ValueNotSupported',
      `The specified AcceptLanguage is not valid. Valid values: ${LANGUAGES.join(', ')}.`,
      400,
      'AcceptLanguage',
    );
  }
  return language;
}

/** A region's or zone's name in the language asked, in English when the profile has none in it. */
export function localName(english: string, names: LocalNames | undefined, language: AnswerLanguage): string {
  return language === 'en-US' ? english : (names?.[language] ?? english);
}
