export type AgencyKind = 'department' | 'government' | 'other';

export const agencyKinds: readonly { readonly id: AgencyKind; readonly label: string }[] = [
  { id: 'department', label: '政府部门（工作部门、直属机构等）' },
  { id: 'government', label: '人民政府（本级政府报告）' },
  { id: 'other', label: '其他（事业单位、派出机构、乡镇街道等）' },
];
