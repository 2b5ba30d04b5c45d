// The knowledge base: every directive the corpus holds or cites, most cited first, searchable and paged.
import { compact, getJson } from "../api.js";
import { date, directiveHref, h, number, withParams } from "../dom.js";

const PAGE_SIZE = 25;

export async function render({ params }) {
  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);
  const q = params.get("q") ?? "";
  const result = await getJson("/api/directives", compact({ q, type: params.get("type"), issuer: params.get("issuer"), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }));
  const input = h("input", { type: "search", name: "q", value: q, placeholder: "Ví dụ: KL 21, chinh don dang, 35-NQ/TW", "aria-label": "Tìm văn bản chỉ đạo" });
  const form = h("form", { class: "search", role: "search" }, input, h("button", { type: "submit" }, "Tìm"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.directiveSearch.navigate(withParams("/directives", params, { q: input.value.trim(), page: null }));
  });
  const pages = Math.ceil(result.total / PAGE_SIZE);
  const element = h("section", {},
    h("h1", {}, "Cơ sở tri thức văn bản chỉ đạo"),
    form,
    h("p", { class: "total", role: "status" }, `${number(result.total)} văn bản chỉ đạo, xếp theo số văn bản trích dẫn`),
    h("ol", { class: "hits", start: (page - 1) * PAGE_SIZE + 1 }, result.items.map((d) => h("li", { class: "hit panel", "data-id": d.id },
      h("h2", {}, h("a", { href: directiveHref(d.id) }, `${d.typeName} ${d.symbol ?? d.id}`)),
      h("div", { class: "meta" }, [d.issuingBody, d.date ? `ngày ${date(d.date)}` : null, `${number(d.citedByCount)} văn bản trích dẫn`, d.inCorpus ? "có trong kho" : null].filter(Boolean).join(" · ")),
      d.subject ? h("div", {}, d.subject) : null))),
    pages > 1 ? h("nav", { class: "pager", "aria-label": "Trang" },
      page > 1 ? h("a", { href: withParams("/directives", params, { page: page - 1 }) }, "‹ Trước") : null,
      h("span", { "aria-current": "page" }, `Trang ${page}/${pages}`),
      page < pages ? h("a", { href: withParams("/directives", params, { page: page + 1 }) }, "Sau ›") : null) : null);
  return { element, title: "Văn bản chỉ đạo" };
}
