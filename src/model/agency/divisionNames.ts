/** GB/T 2260 division names by level, as the recognition needs them (names only, no codes). */
export type DivisionNames = {
  /** 省, 自治区, 直辖市, 特别行政区: 浙江省, 北京市. */
  readonly province: ReadonlySet<string>;
  /** 地级: 设区的市, 自治州, 地区, 盟: 杭州市, 延边朝鲜族自治州. */
  readonly city: ReadonlySet<string>;
  /** 县级: 市辖区, 县, 县级市, 旗: 西湖区, 沅江市. */
  readonly county: ReadonlySet<string>;
};

export type DivisionLevel = keyof DivisionNames;

/** No division data: the recognition then reads levels from the name's suffixes (县, 区, 自治州 …) alone. */
export const noDivisionNames: DivisionNames = { province: new Set(), city: new Set(), county: new Set() };

/** Builds the sets from plain name lists, leaving out entries that are not divisions an agency is named after. */
export function divisionNames(lists: { readonly [K in DivisionLevel]: readonly string[] }): DivisionNames {
  const keep = (name: string) => !/行政区划|群岛|海域|管委会|委员会|新城$/.test(name) && [...name].length >= 2;
  return {
    province: new Set(lists.province.filter(keep)),
    city: new Set(lists.city.filter(keep)),
    county: new Set(lists.county.filter(keep)),
  };
}
