import type { AgencyKind } from '../../template/agencyKinds.ts';
import type { DivisionLevel, DivisionNames } from './divisionNames.ts';

export type AgencyLevel = 'national' | 'province' | 'city' | 'county' | 'township';
/** 人民政府 itself, its 办公室/办公厅, a department, or any other body (事业单位, 管委会, 派出机构 …). */
export type AgencyBody = 'government' | 'office' | 'department' | 'other';

export type AgencyRecognition = {
  /** Undefined when no division could be read (or only a bare 某某市 the data does not know). */
  readonly level?: AgencyLevel;
  readonly body: AgencyBody;
  /** The divisions read from the start of the name, outermost first (浙江省, 杭州市, 西湖区). */
  readonly divisions: readonly string[];
  /** A 地区 or 盟: 地级 but its 行政公署 makes no 规章. */
  readonly prefecture: boolean;
  readonly agencyKind: AgencyKind;
  /** 国务院部门 and 省/设区的市/自治州 人民政府 (立法法 第九十三条). */
  readonly canMakeRegulations: boolean;
};

// Words that end an agency's own name, never part of a division's name before them.
const agencyWord = /[局厅委部院办会所站队处科司馆团社校室]|中心|政府|人民|公司/;

// Division suffixes read when the name is not in the data (fictional or new names); 市 alone is ambiguous.
const suffixes: readonly { readonly pattern: RegExp; readonly level: DivisionLevel | undefined }[] = [
  { pattern: /^.{1,8}?(?:省|自治区|特别行政区)/u, level: 'province' },
  { pattern: /^.{1,10}?(?:自治州|地区|盟)/u, level: 'city' },
  { pattern: /^.{1,8}?(?:自治县|自治旗|县|旗|区)/u, level: 'county' },
  { pattern: /^.{1,6}?市/u, level: undefined },
];
// A zone's name is not a district's (a real 新区 such as 浦东新区 is in the data, read before these suffixes).
const notDistrict = /(?:开发|高新|经开|园|保税|试验|示范|合作|度假|景|风景名胜|管理|社|小|新)区$/;

type Division = { readonly name: string; readonly level: DivisionLevel | undefined };

const rank: Readonly<Record<DivisionLevel, number>> = { province: 1, city: 2, county: 3 };

// Each division named lies inside the one before it: 沅江市库区… is a county-level body, not a 区 inside a 县级市.
function deeper(level: DivisionLevel | undefined, after: Division | undefined): boolean {
  if (!after) return true;
  if (level === undefined) return after.level === 'province';
  return after.level === undefined ? level === 'county' : rank[level] > rank[after.level];
}

function divisionAt(name: string, at: number, data: DivisionNames, after: Division | undefined): Division | undefined {
  for (let length = Math.min(16, name.length - at); length >= 2; length -= 1) {
    const candidate = name.slice(at, at + length);
    for (const level of ['province', 'city', 'county'] as const) {
      if (data[level].has(candidate)) return deeper(level, after) ? { name: candidate, level } : undefined;
    }
  }
  const rest = name.slice(at);
  for (const { pattern, level } of suffixes) {
    const found = pattern.exec(rest)?.[0];
    if (found && !agencyWord.test(found) && !(level === 'county' && notDistrict.test(found))) {
      return deeper(level, after) ? { name: found, level } : undefined;
    }
  }
  return undefined;
}

function readDivisions(name: string, data: DivisionNames): { chain: Division[]; rest: string } {
  const chain: Division[] = [];
  let at = 0;
  for (let found = divisionAt(name, at, data, undefined); found; found = divisionAt(name, at, data, chain[chain.length - 1])) {
    chain.push(found);
    at += found.name.length;
  }
  return { chain, rest: name.slice(at) };
}

const township = /^(.{1,10}?(?:镇|乡|街道|苏木))(?=人民政府|政府|办事处|$)/u;
const zoneBody = /(?:开发区|高新区|经开区|园区|新区|景区|名胜区|试验区|示范区|合作区|保税区|度假区|产业园|工业园|农场|林场)(?:管理委员会|管委会|管理局|管理处|工作委员会)|管委会/;
const otherBody = /(?:中心|研究院|研究所|事务所|学校|学院|大学|医院|卫生院|馆|站|台|队|社|基金会|协会|学会|公司|集团|银行|院|所|分局|办事处)$/;
const nationalPrefix = /^(?:国务院|国家|中华人民共和国|中国|海关总署|审计署)/;

function bodyOf(rest: string, isTownship: boolean): AgencyBody {
  if (/^(?:人民)?政府$|^行政公署$/.test(rest) || rest === '' || (isTownship && rest === '办事处')) return 'government';
  if (/^(?:人民)?政府(?:办公室|办公厅|办)$/.test(rest)) return 'office';
  // The division's own 管理委员会 (苏州工业园区管理委员会): a 派出机构, not a department.
  if (/^(?:管理委员会|管委会|工作委员会)/.test(rest)) return 'other';
  const own = rest.replace(/^(?:人民)?政府/, '');
  if (zoneBody.test(own) || otherBody.test(own)) return 'other';
  return 'department';
}

function levelOf(chain: readonly Division[], isTownship: boolean): AgencyLevel | undefined {
  if (isTownship) return 'township';
  const last = chain[chain.length - 1];
  if (!last) return undefined;
  if (last.level) return last.level;
  // A bare 某某市 after a province is 地级 (or a 直辖市's county-level city: rare enough to ask the clerk).
  const before = chain[chain.length - 2];
  return before?.level === 'province' ? 'city' : before?.level === 'city' ? 'county' : undefined;
}

/** The city or county a zone is named after, when the data has it with its 市/县 (杭州 → 杭州市). */
function zoneOwner(name: string, data: DivisionNames): Division | undefined {
  // 浙江杭州经济技术开发区: the province named without 省 first.
  for (let length = 3; length >= 2; length -= 1) {
    if (data.province.has(`${name.slice(0, length)}省`) && name.length > length + 2) {
      const inner = zoneOwner(name.slice(length), data);
      if (inner) return inner;
    }
  }
  for (let length = 4; length >= 2; length -= 1) {
    const stem = name.slice(0, length);
    for (const suffix of ['市', '县'] as const) {
      const candidate = stem + suffix;
      if (data.city.has(candidate)) return { name: candidate, level: 'city' };
      if (data.county.has(candidate)) return { name: candidate, level: 'county' };
    }
  }
  return undefined;
}

function recognizeName(raw: string, data: DivisionNames): AgencyRecognition {
  const name = raw.normalize('NFKC').replace(/[\s《》“”"]/g, '');
  let { chain, rest } = readDivisions(name, data);
  let national = false;
  if (chain.length === 0 && nationalPrefix.test(name)) {
    // 国家税务总局某某市税务局: a branch of a national body, named after its division.
    const at = [...name].findIndex((_, i) => i > 1 && (['province', 'city', 'county'] as const).some((level) => [...data[level]].some((d) => name.startsWith(d, i))));
    if (at > 0) ({ chain, rest } = readDivisions(name.slice(at), data));
    else national = true;
  }
  // 杭州高新技术产业开发区管委会, 宁波国家高新区管委会: a zone named after its city or county without 市/县 — read
  // that division from the data, so the body gets the level of the government it answers to (never a guess).
  if (chain.length === 0 && !national && zoneBody.test(name)) {
    const owner = zoneOwner(name, data);
    if (owner) chain = [owner];
  }
  const town = township.exec(rest);
  if (town?.[1] && !agencyWord.test(town[1])) rest = rest.slice(town[1].length);
  const isTownship = Boolean(town?.[1] && !agencyWord.test(town[1]));
  // Nothing named at all (no agency, no title): read as a department, the most common case, until the clerk says.
  const body = national ? (otherBody.test(name) ? 'other' : 'department') : name === '' ? 'department' : bodyOf(rest, isTownship);
  const level = national ? 'national' : levelOf(chain, isTownship);
  const prefecture = level === 'city' && /(?:地区|盟)$/.test(chain[chain.length - 1]?.name ?? '');
  const agencyKind: AgencyKind = body === 'government' ? (level === 'township' ? 'other' : 'government') : body === 'other' ? 'other' : 'department';
  const canMakeRegulations =
    (body === 'government' && (level === 'province' || (level === 'city' && !prefecture))) || (level === 'national' && body === 'department');
  return { ...(level ? { level } : {}), body, divisions: chain.map((d) => d.name), prefecture, agencyKind, canMakeRegulations };
}

const titleSubject = /^(.*?)(?:19|20)\d{2}年/u;

/**
 * Who the agency is, from its name and the report's title: the administrative level (GB/T 2260 names
 * from `data`, suffixes for names the data lacks) and the kind of body. A title naming only a division or
 * its 人民政府 (某某市2023年政府信息公开工作年度报告) is the government's own report, whoever signs it.
 */
export function recognizeAgency(agency: string, title: string | undefined, data: DivisionNames): AgencyRecognition {
  const subject = title ? titleSubject.exec(title.replace(/\s+/g, ''))?.[1] : undefined;
  if (subject) {
    const fromTitle = recognizeName(subject, data);
    if (fromTitle.body === 'government' && fromTitle.divisions.length > 0) return fromTitle;
    if (agency.trim() === '') return fromTitle;
  }
  return recognizeName(agency, data);
}
