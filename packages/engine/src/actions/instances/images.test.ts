import { describe, expect, it } from 'vitest';
import { imageInfo } from './images.ts';

describe('imageInfo', () => {
  it('derives the OS from public image IDs', () => {
    expect(imageInfo('ubuntu_22_04_x64_20G_alibase_20240101.vhd')).toEqual({
      OSType: 'linux',
      OSName: 'Ubuntu 22.04 64-bit',
    });
    expect(imageInfo('aliyun_2_1903_x64_20G_alibase_20200324.vhd')).toEqual({
      OSType: 'linux',
      OSName: 'Alibaba Cloud Linux 2.1903 64-bit',
    });
    expect(imageInfo('centos_7_9_x64_20G_alibase_20240101.vhd')?.OSName).toBe('CentOS 7.9 64-bit');
    expect(imageInfo('win2019_1809_x64_std_zh-cn_40G_alibase_20240101.vhd')).toEqual({
      OSType: 'windows',
      OSName: 'Windows Server 2019 Standard 64-bit (Chinese)',
    });
    expect(imageInfo('win2012r2_9600_x64_dtc_en-us_40G_alibase_20240101.vhd')?.OSName).toBe(
      'Windows Server 2012 R2 Datacenter 64-bit (English)',
    );
  });

  it('knows no other IDs', () => {
    for (const id of [
      '',
      'ubuntu',
      'm-bp1custom',
      'plan9_4_x64_20G_alibase_20240101.vhd',
      'ubuntu_22_04_x86_20G_alibase_1.vhd',
    ]) {
      expect(imageInfo(id)).toBeNull();
    }
  });
});
