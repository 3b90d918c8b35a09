/**
 * The five topics 一、总体情况 covers (国办公开办函〔2021〕30号; spec/template-2021.md §1), each with the words
 * that show a heading or a passage is about it. Wide on purpose: a topic written under another heading
 * (培训 and 考核 under 组织领导) is covered; only a topic the whole part never touches is missing.
 */
export const overviewTopics = [
  { id: 'active', label: '主动公开', pattern: /主动公开/ },
  { id: 'requests', label: '依申请公开', pattern: /依申请|信息公开申请|申请公开/ },
  {
    id: 'management',
    label: '政府信息管理',
    pattern: /信息管理|公开属性|保密审查|保密制度|涉密|发布审核|审核发布|三审三校|规范性文件(?:管理|清理|备案)|政策解读|公开目录|公开指南|动态更新|动态调整/,
  },
  {
    id: 'platform',
    label: '政府信息公开平台建设',
    pattern: /平台|网站|新媒体|公众号|政务公开专区|公开专区|公开栏|公开渠道|电子政务/,
  },
  {
    id: 'oversight',
    label: '监督保障',
    pattern: /监督|保障|考核|评议|责任追究|问责|培训|领导小组|组织领导|督查|督导|通报/,
  },
] as const;

export type OverviewTopic = (typeof overviewTopics)[number];
