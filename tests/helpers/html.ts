import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

/** A parsed page and the few queries the page tests need, over parse5's spec-compliant tree. */
export type El = T.Element;

export function parseHtml(html: string): T.Document {
  return parse(html);
}

export function* elements(node: T.ParentNode): Generator<El> {
  for (const child of node.childNodes) {
    if ('tagName' in child) {
      yield child;
      yield* elements(child);
      if (child.tagName === 'template') yield* elements((child as T.Template).content);
    }
  }
}

export function attr(el: El, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function hasClass(el: El, name: string): boolean {
  return (attr(el, 'class') ?? '').split(/\s+/).includes(name);
}

export function text(node: T.ParentNode): string {
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeName === '#text') out += (child as T.TextNode).value;
    else if ('childNodes' in child) out += text(child as T.ParentNode);
  }
  return out;
}

export function all(root: T.ParentNode, match: (el: El) => boolean): El[] {
  return [...elements(root)].filter(match);
}

export function one(root: T.ParentNode, match: (el: El) => boolean): El {
  const found = all(root, match);
  if (found.length !== 1) throw new Error(`expected one matching element, found ${found.length}`);
  return found[0] as El;
}

export const byId = (id: string) => (el: El) => attr(el, 'id') === id;
export const byTag = (tag: string) => (el: El) => el.tagName === tag;

/** The element `levels` up from `el`. */
export function ancestor(el: El, levels: number): El {
  let node: El = el;
  for (let i = 0; i < levels; i += 1) node = node.parentNode as El;
  return node;
}

/** The nearest enclosing element with a `lang` attribute, as the browser resolves it. */
export function langOf(el: El): string | undefined {
  for (let node: T.ParentNode | null = el; node !== null && 'tagName' in node; node = (node as El).parentNode) {
    const lang = attr(node as El, 'lang');
    if (lang !== undefined) return lang;
  }
  return undefined;
}
