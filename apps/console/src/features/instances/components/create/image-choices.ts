/** Create Instance's public images; the engine knows them by the shape of their IDs. */
export const imageChoices = [
  { value: 'aliyun_3_x64_20G_alibase_20240101.vhd', label: 'Alibaba Cloud Linux 3' },
  { value: 'ubuntu_22_04_x64_20G_alibase_20240101.vhd', label: 'Ubuntu 22.04' },
  { value: 'win2022_21H2_x64_dtc_en-us_40G_alibase_20240101.vhd', label: 'Windows Server 2022' },
];
