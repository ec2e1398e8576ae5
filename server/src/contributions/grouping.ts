/**
 * Joins pairs of near-identical contributions into groups (union–find), largest first. Pure.
 * `members` maps a representative to every contribution with the same normalised text.
 */
export function groupDuplicates(members: Map<string, string[]>, pairs: Array<[string, string]>): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    let cur = x;
    while (parent.get(cur) !== root) {
      const next = parent.get(cur)!;
      parent.set(cur, root);
      cur = next;
    }
    return root;
  };
  for (const rep of members.keys()) parent.set(rep, rep);
  for (const [a, b] of pairs) {
    if (!parent.has(a) || !parent.has(b)) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, string[]>();
  for (const [rep, ids] of members) {
    const root = find(rep);
    groups.set(root, [...(groups.get(root) ?? []), ...ids]);
  }
  return [...groups.values()].filter((g) => g.length > 1).sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1));
}
