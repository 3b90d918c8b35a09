import { currentVersion } from './reportFormat.ts';

type RawReport = Record<string, unknown>;

/** Upgrades a file of version N to N+1. Add one entry per breaking change of the format. */
export const migrations: Readonly<Record<number, (raw: RawReport) => RawReport>> = {};

export type MigrationResult = { ok: true; raw: RawReport } | { ok: false; error: string };

export function migrate(raw: RawReport, steps: Readonly<Record<number, (raw: RawReport) => RawReport>> = migrations, target: number = currentVersion): MigrationResult {
  let current = raw;
  let version = current.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    // A missing version has no JSON form (undefined): say it is missing instead of printing it.
    if (version === undefined) return { ok: false, error: '文件缺少版本号（version），可能已损坏；请用编写助手重新保存后再打开' };
    return { ok: false, error: `文件版本号无效（version: ${JSON.stringify(version)}）` };
  }
  if (version > target) {
    return { ok: false, error: `文件版本 ${version} 比本程序支持的版本 ${target} 新，请升级本程序后再打开` };
  }
  while (version < target) {
    const step = steps[version];
    if (!step) return { ok: false, error: `无法把版本 ${version} 的文件升级到版本 ${target}` };
    current = { ...step(current), version: version + 1 };
    version += 1;
  }
  return { ok: true, raw: current };
}
