// Constants of the report file (spec/report-format.md §1); zod-free so the app's first load stays small.
export const reportFormat = 'gov-info-annual-report';
export const currentVersion = 1;
