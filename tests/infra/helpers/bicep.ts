// Reads Bicep with tree-sitter-bicep: a syntax check (no compiler runs here) and just enough structure
// (parameters, resources, object properties, literal strings) for the tests to check what the template says.
import Parser from "tree-sitter";
import Bicep from "tree-sitter-bicep";

export type Node = Parser.SyntaxNode;

/** A parameter declaration and whether it has a default value. */
export interface BicepParam {
  readonly name: string;
  readonly hasDefault: boolean;
  readonly defaultValue?: Node;
}

/** A resource declaration: its symbolic name, its type ("Microsoft.Web/sites@2023-12-01") and its body. */
export interface BicepResource {
  readonly symbol: string;
  readonly type: string;
  readonly body: Node;
}

/** A parsed Bicep file. */
export interface BicepFile {
  /** "line:column type text" for every ERROR or MISSING node; empty when the syntax is valid. */
  readonly syntaxErrors: readonly string[];
  readonly params: readonly BicepParam[];
  readonly resources: readonly BicepResource[];
  readonly outputs: readonly string[];
}

let parser: Parser | undefined;

export function parseBicep(text: string): BicepFile {
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(Bicep as unknown as Parser.Language);
  }
  const root = parser.parse(text).rootNode;
  const syntaxErrors: string[] = [];
  const walk = (node: Node): void => {
    if (node.type === "ERROR" || node.isMissing) {
      syntaxErrors.push(`${node.startPosition.row + 1}:${node.startPosition.column + 1} ${node.isMissing ? "MISSING" : "ERROR"} ${node.text.slice(0, 60)}`);
    }
    node.children.forEach(walk);
  };
  walk(root);
  if (root.hasError && syntaxErrors.length === 0) syntaxErrors.push("the tree reports an error");

  const params: BicepParam[] = [];
  const resources: BicepResource[] = [];
  const outputs: string[] = [];
  for (const node of root.namedChildren) {
    const named = node.namedChildren;
    if (node.type === "parameter_declaration") {
      const hasDefault = node.children.some((c) => c.type === "=");
      params.push({ name: named[0]!.text, hasDefault, defaultValue: hasDefault ? named[named.length - 1] : undefined });
    } else if (node.type === "resource_declaration") {
      const last = named[named.length - 1]!;
      const body = last.type === "if_statement" ? last.namedChildren[last.namedChildren.length - 1]! : last;
      resources.push({ symbol: named[0]!.text, type: literalString(named[1]!) ?? named[1]!.text, body });
    } else if (node.type === "output_declaration") {
      outputs.push(named[0]!.text);
    }
  }
  return { syntaxErrors, params, resources, outputs };
}

/** The value of a string without interpolation, else undefined. */
export function literalString(node: Node | undefined): string | undefined {
  if (node?.type !== "string") return undefined;
  if (node.namedChildren.some((c) => c.type !== "string_content" && c.type !== "escape_sequence")) return undefined;
  return node.namedChildren.map((c) => (c.type === "escape_sequence" ? c.text.slice(1) : c.text)).join("");
}

/** The properties of an object literal by key (identifier or quoted key). */
export function objectProperties(node: Node | undefined): Map<string, Node> {
  const props = new Map<string, Node>();
  if (node?.type !== "object") return props;
  for (const prop of node.namedChildren) {
    if (prop.type !== "object_property") continue;
    const [key, value] = prop.namedChildren;
    if (!key || !value) continue;
    props.set(literalString(key) ?? key.text, value);
  }
  return props;
}

/** The node at a dotted path inside an object ("properties.siteConfig.alwaysOn"). */
export function at(node: Node | undefined, path: string): Node | undefined {
  let current = node;
  for (const key of path.split(".")) current = objectProperties(current).get(key);
  return current;
}

/** The resources of one type (without the API version). */
export function resourcesOfType(file: BicepFile, type: string): BicepResource[] {
  return file.resources.filter((r) => r.type.split("@")[0] === type);
}
