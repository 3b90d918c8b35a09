import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './runCliCaptured.ts';

const metaOf = async (...args: string[]) => {
  const result = await runCliCaptured(['new', '--year', '2025', ...args]);
  expect(result.code).toBe(0);
  return JSON.parse(result.out).meta;
};

describe('cli new: the kind recognised from the name unless --kind is given', () => {
  it('makes a 设区的市 government a government that can make 规章', async () => {
    expect(await metaOf('--agency', '湖州市人民政府')).toMatchObject({ agencyKind: 'government', agencyLevel: 'city', canMakeRegulations: true });
  });

  it('makes a county-level 中心 other, with no 规章 power', async () => {
    const meta = await metaOf('--agency', '石首市河道管理服务中心');
    expect(meta).toMatchObject({ agencyKind: 'other', agencyLevel: 'county' });
    expect(meta.canMakeRegulations).toBeUndefined();
  });

  it('makes a bureau a department', async () => {
    expect(await metaOf('--agency', '湖州市交通运输局')).toMatchObject({ agencyKind: 'department', agencyLevel: 'city' });
  });

  it('lets --kind win, dropping the 规章 power that came with another kind', async () => {
    const meta = await metaOf('--agency', '湖州市人民政府', '--kind', 'department');
    expect(meta.agencyKind).toBe('department');
    expect(meta.canMakeRegulations).toBeUndefined();
  });

  it('still refuses an unknown --kind', async () => {
    const result = await runCliCaptured(['new', '--year', '2025', '--agency', '湖州市人民政府', '--kind', 'bureau']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--kind 只能是');
  });
});
