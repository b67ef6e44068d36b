import type { OsType } from '../../model/instance.ts';

/**
 * Public images, recognised by the shape of their IDs instead of a fixed list, so any dated build of
 * a known distribution works: `ubuntu_22_04_x64_20G_alibase_20240101.vhd`,
 * `win2022_21H2_x64_dtc_en-us_40G_alibase_20240101.vhd`, `aliyun_3_x64_20G_alibase_20240101.vhd`.
 */
export interface ImageInfo {
  OSType: OsType;
  OSName: string;
}

const LINUX = /^([a-z]+)_(\d+(?:_\d+)*)_x64_\d+G_[a-z0-9_]+\.vhd$/;
const WINDOWS = /^win(\d{4})(r2)?_[0-9A-Za-z]+_x64_(dtc|std)_([a-z]{2}-[a-z]{2})_\d+G_[a-z0-9_]+\.vhd$/;

const DISTRIBUTIONS: Record<string, string> = {
  ubuntu: 'Ubuntu',
  centos: 'CentOS',
  debian: 'Debian',
  aliyun: 'Alibaba Cloud Linux',
  anolisos: 'Anolis OS',
  rockylinux: 'Rocky Linux',
  almalinux: 'AlmaLinux',
  opensuse: 'openSUSE',
  fedora: 'Fedora',
};

/** null for an ID that is no known public image. */
export function imageInfo(imageId: string): ImageInfo | null {
  const linux = LINUX.exec(imageId);
  if (linux) {
    const distribution = DISTRIBUTIONS[linux[1]!];
    if (!distribution) return null;
    return { OSType: 'linux', OSName: `${distribution} ${linux[2]!.replaceAll('_', '.')} 64-bit` };
  }
  const windows = WINDOWS.exec(imageId);
  if (windows) {
    const [, year, r2, edition, language] = windows;
    const editionName = edition === 'dtc' ? 'Datacenter' : 'Standard';
    const languageName = language === 'zh-cn' ? 'Chinese' : 'English';
    return {
      OSType: 'windows',
      OSName: `Windows Server ${year}${r2 ? ' R2' : ''} ${editionName} 64-bit (${languageName})`,
    };
  }
  return null;
}
