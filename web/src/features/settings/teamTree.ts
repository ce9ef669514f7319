// The flat `teams` list (tree order, each parent before its children) as antd Tree nodes.
export interface TeamRow {
  id: string;
  name: string;
  parent?: { id: string } | null;
}

export interface TeamNode {
  key: string;
  title: string;
  children: TeamNode[];
}

export function teamTree(teams: TeamRow[]): TeamNode[] {
  const nodes = new Map<string, TeamNode>();
  for (const team of teams) nodes.set(team.id, { key: team.id, title: team.name, children: [] });
  const roots: TeamNode[] = [];
  for (const team of teams) {
    const node = nodes.get(team.id)!;
    // A parent outside what the user may see: the team shows at the top.
    const parent = team.parent ? nodes.get(team.parent.id) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

export interface TeamChoice {
  value: string;
  title: string;
  children: TeamChoice[];
}

/** The same tree for a TreeSelect; `moving`: a team being moved, which with every team under
 * it cannot be its own new parent, so they are left out. */
export function teamChoices(nodes: TeamNode[], moving?: string): TeamChoice[] {
  return nodes
    .filter((node) => node.key !== moving)
    .map((node) => ({ value: node.key, title: node.title, children: teamChoices(node.children, moving) }));
}
