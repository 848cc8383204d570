/**
 * The custom elements manifest (`npm run analyze`), with two plugins of this package:
 * - `mes-internal-state`: the analyzer's Lit support lists reactive properties declared with
 *   `static properties = { name: { state: true } }` as public fields with attributes; they are internal state.
 *   This plugin finds them in the source and leaves them out (also where subclasses inherit them).
 * - `mes-definitions`: the elements are defined through `defineElement(tag, Class)` (src/core/define.ts), which
 *   the analyzer does not know as it knows `customElements.define()`. This plugin finds those calls and declares
 *   each definition as a `custom-element-definition` export of the module that makes the call, pointing at the
 *   module that really declares the class (found by the class's name across the package, so it is right whether
 *   the class lives in the defining module or in one of its own).
 *
 * `custom-elements-manifest.editors.config.mjs` adds the editor data (VS Code, JetBrains) to this config.
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
        (o) =>
          ts.isPropertyAssignment(o) &&
          o.name.getText() === 'state' &&
          o.initializer.kind === ts.SyntaxKind.TrueKeyword,
      );
      if (state) keys.push(p.name.getText());
    }
  }
  return keys;
}

const internalStatePlugin = {
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
};

/** The name a class has where it is declared: `Local` in `import { Declared as Local }` is `Declared`. */
function declaredName(ts, sourceFile, local) {
  for (const statement of sourceFile.statements) {
    const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const specifier of bindings.elements) {
      if (specifier.name.text === local) return (specifier.propertyName ?? specifier.name).text;
    }
  }
  return local;
}

/** `defineElement(tag, Class)` calls: { module, tag, className }. */
const definitions = [];

const definitionsPlugin = {
  name: 'mes-definitions',
  analyzePhase({ ts, node, moduleDoc }) {
    if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement')
      return;
    const [tag, klass] = node.arguments;
    // The definition of defineElement itself, and calls with a computed tag or class, are not definitions of ours.
    if (!tag || !klass || !ts.isStringLiteralLike(tag) || !ts.isIdentifier(klass)) return;
    definitions.push({
      module: moduleDoc.path,
      tag: tag.text,
      className: declaredName(ts, node.getSourceFile(), klass.text),
    });
  },
  packageLinkPhase({ customElementsManifest }) {
    const modules = customElementsManifest.modules ?? [];
    for (const { module, tag, className } of definitions) {
      const defining = modules.find((m) => m.path === module);
      const declaring = modules.filter((m) =>
        (m.declarations ?? []).some((d) => d.kind === 'class' && d.name === className),
      );
      // Where two modules declare a class of that name, the one that declares it as this tag's element.
      const candidates =
        declaring.length > 1
          ? declaring.filter((m) =>
              m.declarations.some((d) => d.kind === 'class' && d.name === className && d.tagName === tag),
            )
          : declaring;
      if (!defining || candidates.length !== 1) {
        throw new Error(
          `mes-definitions: defineElement('${tag}', ${className}) in ${module}: ` +
            (candidates.length === 0
              ? 'no module declares that class'
              : `declared in ${candidates.map((m) => m.path).join(', ')}`),
        );
      }
      defining.exports = [
        ...(defining.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && e.name === tag)),
        { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: candidates[0].path } },
      ];
    }
  },
};

export default {
  plugins: [internalStatePlugin, definitionsPlugin],
};
