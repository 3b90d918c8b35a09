/** Which Chinese fonts the Word file names. */
export type FontProfile = 'gb2312' | 'windows';

export type FontRoles = {
  readonly title: string;
  readonly body: string;
  readonly heading1: string;
  readonly heading2: string;
  readonly table: string;
  readonly pageNumber: string;
};

/**
 * 'gb2312': the fonts GB/T 9704 names, as installed on most government PCs.
 * 'windows': what every Windows since Vista ships (仿宋, 楷体, 黑体, 宋体); 华文中宋 comes only with Office, so 宋体.
 */
export const fontProfiles: Readonly<Record<FontProfile, FontRoles>> = {
  gb2312: { title: '方正小标宋简体', body: '仿宋_GB2312', heading1: '黑体', heading2: '楷体_GB2312', table: '仿宋_GB2312', pageNumber: '宋体' },
  windows: { title: '宋体', body: '仿宋', heading1: '黑体', heading2: '楷体', table: '仿宋', pageNumber: '宋体' },
};

export const defaultFontProfile: FontProfile = 'gb2312';
