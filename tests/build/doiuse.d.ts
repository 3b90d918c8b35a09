// doiuse ships no types: the part these tests use.
declare module 'doiuse' {
  import type { PluginCreator } from 'postcss';
  type Usage = { feature: string; message: string; usage: { toString(): string } };
  const doiuse: PluginCreator<{ browsers: string[]; onFeatureUsage?: (usage: Usage) => void }>;
  export default doiuse;
}
