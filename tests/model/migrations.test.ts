import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/model/migrations.ts';

describe('migrate', () => {
  it('leaves a current file as it is', () => {
    expect(migrate({ version: 1, a: 1 })).toEqual({ ok: true, raw: { version: 1, a: 1 } });
  });

  it('applies each step from the file’s version up to the target, in order', () => {
    const steps = {
      1: (raw: Record<string, unknown>) => ({ ...raw, renamed: raw.old, old: undefined }),
      2: (raw: Record<string, unknown>) => ({ ...raw, added: true }),
    };
    expect(migrate({ version: 1, old: 'x' }, steps, 3)).toEqual({ ok: true, raw: { version: 3, renamed: 'x', old: undefined, added: true } });
  });

  it('refuses a missing step, a newer version and a nonsense version', () => {
    expect(migrate({ version: 1 }, {}, 2)).toEqual({ ok: false, error: '无法把版本 1 的文件升级到版本 2' });
    expect(migrate({ version: 3 })).toEqual({ ok: false, error: '文件版本 3 比本程序支持的版本 1 新，请升级本程序后再打开' });
    expect(migrate({ version: '1' }).ok).toBe(false);
  });
});
