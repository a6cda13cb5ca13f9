import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

/**
 * The number of values a YAML document would produce once its aliases are
 * expanded, counted on the syntax tree without expanding anything: each
 * anchored node's size is computed once and reused for every alias to it.
 * Stops counting past `limit`. Linear in the size of the tree, so that an
 * "alias bomb" is refused for the values it would produce, before any is.
 */
export function expandedSize(doc: Document, limit: number): number {
  const sizes = new Map<Node, number>();
  const inProgress = new Set<Node>();
  const size = (node: unknown): number => {
    if (node === null || node === undefined) return 1;
    if (isScalar(node)) return 1;
    if (isAlias(node)) {
      const target = node.resolve(doc);
      // An alias to an enclosing node would expand without end.
      if (!target || inProgress.has(target)) return limit + 1;
      return size(target);
    }
    if (!isMap(node) && !isSeq(node)) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    inProgress.add(node);
    let total = 1;
    for (const item of node.items) {
      total += isPair(item) ? size(item.key) + size(item.value) : size(item);
      if (total > limit) break;
    }
    inProgress.delete(node);
    const bounded = Math.min(total, limit + 1);
    sizes.set(node, bounded);
    return bounded;
  };
  return size(doc.contents);
}
