import type { ReportMeta } from '../reportSchema.ts';
import type { AgencyRecognition } from './recognizeAgency.ts';

export type AgencyMetaDefaults = Pick<ReportMeta, 'agencyKind' | 'canMakeRegulations' | 'agencyLevel'>;

/**
 * The meta fields a recognition sets: agencyKind always, agencyLevel when a level was read, and
 * canMakeRegulations when it can (absent means it cannot: checkRegulationsAllowed's default).
 */
export function agencyMetaDefaults(recognition: AgencyRecognition): AgencyMetaDefaults {
  return {
    agencyKind: recognition.agencyKind,
    ...(recognition.level ? { agencyLevel: recognition.level } : {}),
    ...(recognition.canMakeRegulations ? { canMakeRegulations: true } : {}),
  };
}

const governmentNames: Readonly<Record<string, string>> = {
  national: '国务院',
  province: '省级人民政府（省、自治区、直辖市）',
  city: '设区的市人民政府',
  county: '县级人民政府（县、县级市、市辖区）',
  township: '乡镇人民政府（街道办事处）',
};
/** 行政级别 as a word: 省级, 市级, 县级 … */
export const levelNames: Readonly<Record<string, string>> = { national: '国务院', province: '省级', city: '市级', county: '县级', township: '乡镇级' };
const bodyNames = { office: '人民政府办公室（办公厅）', department: '政府部门', other: '其他机构（事业单位、管委会、派出机构等）' } as const;

/** 识别为：设区的市人民政府，可制定规章；…: what the clerk is shown in 基本信息. */
export function describeAgency(recognition: AgencyRecognition): string {
  const { level, body, prefecture, canMakeRegulations } = recognition;
  const where = level ? (levelNames[level] ?? '') : '';
  const who =
    body === 'government'
      ? (prefecture ? '地区行政公署（盟）' : level ? (governmentNames[level] ?? '') : '人民政府（未能确定行政级别）')
      : level === 'national' && body === 'department' ? '国务院部门' : `${where}${bodyNames[body]}`;
  const deadline = level === 'township' ? '公布时限由当地规定，请填写下方“公布时限”' : `公布时限为次年${recognition.agencyKind === 'government' ? '3月31日' : '1月31日'}`;
  return `${who}，${canMakeRegulations ? '可制定规章' : '不能制定规章'}；${deadline}`;
}
