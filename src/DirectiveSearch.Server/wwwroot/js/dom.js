// Building the page from API data without ever parsing it as HTML, except snippets (whose only markup is <mark>).

/** h("a", { href: "/x", class: "y" }, "text", child) → an element; null and false children are skipped. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, "");
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

export function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** A server snippet (HTML-escaped text with <mark>) as nodes: text stays text, only <mark> becomes an element. */
export function snippet(html) {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html").body;
  const out = document.createDocumentFragment();
  for (const node of parsed.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && node.tagName === "MARK") out.append(h("mark", {}, node.textContent));
    else out.append(document.createTextNode(node.textContent));
  }
  return out;
}

const numberFormat = new Intl.NumberFormat("vi-VN");

export const number = (n) => numberFormat.format(n);

/** "2021-10-25" → "25/10/2021". */
export function date(iso) {
  if (!iso) return "không rõ";
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

export const relationLabels = {
  implements: "thực hiện",
  "implements-indirectly": "thực hiện gián tiếp",
  basis: "căn cứ",
  cites: "trích dẫn",
  amends: "sửa đổi, bổ sung",
  replaces: "thay thế",
  repeals: "bãi bỏ",
  "repeals-in-part": "bãi bỏ một phần",
  details: "quy định chi tiết",
  self: "chính văn bản này",
};

export function relationBadge(relation) {
  return h("span", { class: `relation ${relation}` }, relationLabels[relation] ?? relation);
}

/** The page address with some query parameters changed; null or "" removes one. */
export function withParams(path, params, changes) {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === "") next.delete(key);
    else next.set(key, String(value));
  }
  const query = next.toString();
  return query ? `${path}?${query}` : path;
}

export function documentHref(id) {
  return `/documents/${encodeURIComponent(id)}`;
}

export function directiveHref(id) {
  return `/directives/${encodeURIComponent(id)}`;
}

/** Where a graph node opens: a corpus document's page, else the directive's. */
export function nodeHref(node) {
  if (node.kind === "document" || (node.inCorpus && node.documentId)) return documentHref(node.documentId ?? node.id);
  return directiveHref(node.id);
}

export function errorBox(error) {
  return h("div", { class: "error", role: "alert" }, error?.message ?? String(error));
}

/** Copies text, with a fallback for pages not served over a secure context. */
export async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = h("textarea", { readonly: true, style: null });
  area.value = text;
  document.body.append(area);
  area.select();
  document.execCommand("copy");
  area.remove();
}
