/**
 * The custom elements manifest (`npm run analyze`). The analyzer's Lit support lists reactive properties declared
 * with `static properties = { name: { state: true } }` as public fields with attributes; they are internal state.
 * This plugin finds them in the source and leaves them out (also where subclasses inherit them).
 */
const internalState = new Set(); // `${className}.${property}`

function stateKeys(ts, node) {
  const keys = [];
  for (const member of node.members ?? []) {
    const isStaticProperties =
      ts.isPropertyDeclaration(member) &&
      member.name?.getText() === 'properties' &&
      member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) &&
      member.initializer &&
      ts.isObjectLiteralExpression(member.initializer);
    if (!isStaticProperties) continue;
    for (const p of member.initializer.properties) {
      if (!ts.isPropertyAssignment(p) || !ts.isObjectLiteralExpression(p.initializer)) continue;
      const state = p.initializer.properties.some(
        (o) => ts.isPropertyAssignment(o) && o.name.getText() === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword,
      );
      if (state) keys.push(p.name.getText());
    }
  }
  return keys;
}

export default {
  plugins: [
    {
      name: 'mes-internal-state',
      analyzePhase({ ts, node }) {
        if (ts.isClassDeclaration(node) && node.name) {
          for (const key of stateKeys(ts, node)) internalState.add(`${node.name.getText()}.${key}`);
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        const internal = (decl, item) =>
          internalState.has(`${decl.name}.${item.fieldName ?? item.name}`) ||
          (item.inheritedFrom && internalState.has(`${item.inheritedFrom.name}.${item.fieldName ?? item.name}`));
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            if (decl.members) decl.members = decl.members.filter((m) => !internal(decl, m));
            if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !internal(decl, a));
          }
        }
      },
    },
  ],
};
