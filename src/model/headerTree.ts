import type { HeaderNode } from '../template/tableTypes.ts';

/** A leaf of a header tree with the chain of nodes from the root down to it. */
export type HeaderLeaf = { readonly chain: readonly HeaderNode[]; readonly keys: readonly string[] };

export function headerLeaves(nodes: readonly HeaderNode[]): HeaderLeaf[] {
  const leaves: HeaderLeaf[] = [];
  const walk = (node: HeaderNode, chain: readonly HeaderNode[]): void => {
    const next = [...chain, node];
    if (node.children && node.children.length > 0) node.children.forEach((child) => walk(child, next));
    else leaves.push({ chain: next, keys: next.flatMap((n) => (n.key ? [n.key] : [])) });
  };
  nodes.forEach((node) => walk(node, []));
  return leaves;
}

export function treeDepth(nodes: readonly HeaderNode[]): number {
  return nodes.reduce((max, node) => Math.max(max, 1 + treeDepth(node.children ?? [])), 0);
}

export function leafCount(node: HeaderNode): number {
  return node.children && node.children.length > 0
    ? node.children.reduce((sum, child) => sum + leafCount(child), 0)
    : 1;
}

/** The nodes from a tree's root down to the first node with `key` (depth first); empty when none has it. */
export function headerChain(nodes: readonly HeaderNode[], key: string): HeaderNode[] {
  for (const node of nodes) {
    if (node.key === key) return [node];
    const below = headerChain(node.children ?? [], key);
    if (below.length > 0) return [node, ...below];
  }
  return [];
}
