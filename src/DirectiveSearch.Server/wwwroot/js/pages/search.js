// Search: one box, results grouped by document with highlighted passages, facets as filters, sort, paging.
import { compact, getJson } from "../api.js";
import { date, directiveHref, documentHref, h, number, snippet, withParams } from "../dom.js";

const PAGE_SIZE = 10;
const FACET_VALUES_SHOWN = 8;
const FILTERS = ["type", "issuer", "year", "cites"];
const FACET_TITLES = { type: "Loại văn bản", issuer: "Cơ quan ban hành", year: "Năm", cites: "Văn bản được trích dẫn" };
const TYPE_NAMES = { KH: "Kế hoạch", NQ: "Nghị quyết", KL: "Kết luận", CT: "Chỉ thị", QĐ: "Quyết định", HD: "Hướng dẫn", TT: "Thông tư", NĐ: "Nghị định", CTr: "Chương trình", TB: "Thông báo", BC: "Báo cáo" };

export async function render({ params }) {
  const q = params.get("q") ?? "";
  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);
  const hasFilter = FILTERS.some((f) => params.get(f));
  const element = h("section", { class: "search-page" }, h("h1", { class: "visually-hidden-title" }, "Tìm kiếm văn bản"), searchForm(q, params));
  if (!q.trim() && !hasFilter) {
    element.append(intro());
    return { element, title: "Tìm kiếm", mounted: () => element.querySelector("input[type=search]")?.focus() };
  }

  const request = compact({
    q, type: params.get("type"), issuer: params.get("issuer"), year: params.get("year"), cites: params.get("cites"),
    sort: params.get("sort"), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE,
  });
  const response = await getJson("/api/search", request);
  const cards = await directiveCards(response.directives);
  element.append(
    ...cards,
    h("div", { class: "search-layout" },
      facets(response, params),
      h("div", { class: "results" }, summary(response, params), activeFilters(params, response), hits(response), pager(response.total, page, params))));
  return { element, title: q ? `“${q}”` : "Tìm kiếm" };
}

function searchForm(q, params) {
  const input = h("input", { type: "search", name: "q", value: q, placeholder: "Ví dụ: tu soi tu sua, KL 21, 21-KL/TW, “chỉnh đốn Đảng”", "aria-label": "Từ khóa tìm kiếm", autocomplete: "off" });
  const form = h("form", { class: "search", role: "search", action: "/search" }, input, h("button", { type: "submit" }, "Tìm"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const kept = Object.fromEntries(["sort"].filter((k) => params.get(k)).map((k) => [k, params.get(k)]));
    window.directiveSearch.navigate(withParams("/search", kept, { q: input.value.trim() }));
  });
  return form;
}

function intro() {
  return h("div", { class: "panel" },
    h("p", {}, "Gõ từ khóa có dấu hoặc không dấu, một cụm từ trong ngoặc kép, hoặc ký hiệu văn bản chỉ đạo."),
    h("ul", {},
      h("li", {}, h("a", { href: "/search?q=tu+soi+tu+sua" }, "tu soi tu sua"), " — tìm cả “Tự soi, tự sửa”"),
      h("li", {}, h("a", { href: "/search?q=KL+21" }, "KL 21"), " — các kế hoạch thực hiện Kết luận 21-KL/TW"),
      h("li", {}, h("a", { href: "/search?q=%22h%E1%BB%8Dc+t%E1%BA%ADp+v%C3%A0+l%C3%A0m+theo%22" }, "“học tập và làm theo”"), " — đúng cụm từ")),
    h("p", {}, "Hoặc duyệt ", h("a", { href: "/directives" }, "cơ sở tri thức văn bản chỉ đạo"), " và ", h("a", { href: "/graph" }, "đồ thị trích dẫn"), "."));
}

/** A card on top for each directive the query names: "KL 21" → Kết luận 21-KL/TW, with a link to its page. */
async function directiveCards(directives) {
  const cards = [];
  for (const reference of directives ?? []) {
    if (reference.id) {
      const directive = await getJson(`/api/directives/${encodeURIComponent(reference.id)}`).catch(() => null);
      if (!directive) continue;
      cards.push(h("aside", { class: "panel card directive-card", "aria-label": "Văn bản chỉ đạo được nêu trong truy vấn" },
        h("div", { class: "kind" }, directive.typeName),
        h("h2", {}, h("a", { href: directiveHref(directive.id) }, `${directive.typeName} ${directive.symbol ?? directive.id}`)),
        h("p", { class: "muted" }, [directive.issuingBody, directive.date ? `ngày ${date(directive.date)}` : null].filter(Boolean).join(", ")),
        directive.subject ? h("p", {}, directive.subject) : null,
        h("p", {}, `${number(directive.citedByCount)} văn bản trong kho trích dẫn · `,
          h("a", { href: directiveHref(directive.id) }, "Xem văn bản thực hiện và trích dẫn"), " · ",
          h("a", { href: withParams("/graph", {}, { root: directive.id }) }, "Đồ thị"))));
    } else if (reference.candidates?.length) {
      cards.push(h("aside", { class: "panel card directive-card" },
        h("p", {}, `“${reference.written}” ứng với ${reference.candidates.length} văn bản khác nhau:`),
        h("ul", {}, reference.candidates.map((id) => h("li", {}, h("a", { href: directiveHref(id) }, id))))));
    }
  }
  return cards;
}

function facets(response, params) {
  const aside = h("aside", { class: "facets", id: "bo-loc", "aria-label": "Lọc kết quả" });
  for (const name of FILTERS) {
    const counts = Object.entries(response.facets[name] ?? {});
    if (counts.length === 0) continue;
    const active = params.get(name);
    const list = h("ul", {});
    for (const [value, count] of counts.slice(0, FACET_VALUES_SHOWN)) {
      const label = name === "cites" ? response.citesLabels?.[value] ?? value : name === "type" ? `${TYPE_NAMES[value] ?? value} (${value})` : value;
      const selected = active === value;
      list.append(h("li", {}, h("a", {
        href: withParams("/search", params, { [name]: selected ? null : value, page: null }),
        "aria-current": selected ? "true" : null,
        "data-facet": name, "data-value": value,
      }, h("span", {}, label), h("span", { class: "count" }, number(count)))));
    }
    const more = counts.length > FACET_VALUES_SHOWN ? h("p", { class: "muted" }, `… và ${number(counts.length - FACET_VALUES_SHOWN)} giá trị khác`) : null;
    aside.append(h("section", { class: "facet panel" }, h("h2", {}, FACET_TITLES[name]), list, more));
  }
  return aside;
}

function summary(response, params) {
  const sort = params.get("sort") === "date" ? "date" : "relevance";
  const select = h("select", { "aria-label": "Sắp xếp", name: "sort" },
    h("option", { value: "relevance", selected: sort === "relevance" }, "Liên quan nhất"),
    h("option", { value: "date", selected: sort === "date" }, "Mới nhất"));
  select.addEventListener("change", () => window.directiveSearch.navigate(withParams("/search", params, { sort: select.value === "relevance" ? null : select.value, page: null })));
  const took = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 }).format(response.tookMs);
  return h("div", { class: "summary" },
    h("p", { class: "total", role: "status" }, `Tìm thấy ${number(response.total)} văn bản (${took} ms)`, " ", h("a", { class: "facets-jump", href: "#bo-loc" }, "Bộ lọc ↓")),
    h("label", {}, "Sắp xếp: ", select));
}

function activeFilters(params, response) {
  const chips = FILTERS.filter((f) => params.get(f)).map((f) => {
    const value = params.get(f);
    const label = f === "cites" ? response.citesLabels?.[value] ?? value : value;
    return h("a", { class: "chip", href: withParams("/search", params, { [f]: null, page: null }), "aria-label": `Bỏ lọc ${FACET_TITLES[f]}: ${label}` }, `${FACET_TITLES[f]}: ${label} ×`);
  });
  return chips.length ? h("div", { class: "filters" }, chips) : null;
}

function hits(response) {
  if (response.hits.length === 0) return h("p", { class: "panel" }, "Không tìm thấy văn bản nào. Thử bỏ bớt từ khóa hoặc bộ lọc.");
  return h("ol", { class: "hits" }, response.hits.map((hit) => h("li", { class: "hit panel", "data-id": hit.id },
    h("h2", {}, h("a", { href: documentHref(hit.id) }, hit.title || hit.id)),
    h("div", { class: "meta" }, [hit.symbol ? `Số ${hit.symbol}` : null, hit.typeName, hit.date ? `ngày ${date(hit.date)}` : null, hit.issuer].filter(Boolean).join(" · ")),
    hit.sections.map((section) => h("div", { class: "section" },
      h("div", { class: "where" }, section.path ? `Mục ${section.path}${section.heading ? ` — ${section.heading}` : ""}` : "Phần mở đầu"),
      h("div", { class: "snippet" }, snippet(section.snippet)))))));
}

function pager(total, page, params) {
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return null;
  const nav = h("nav", { class: "pager", "aria-label": "Trang kết quả" });
  const link = (n, text) => h("a", { href: withParams("/search", params, { page: n === 1 ? null : n }), "aria-current": n === page ? "page" : null }, text ?? String(n));
  if (page > 1) nav.append(link(page - 1, "‹ Trước"));
  for (let n = Math.max(1, page - 3); n <= Math.min(pages, page + 3); n++) nav.append(link(n));
  if (page < pages) nav.append(link(page + 1, "Sau ›"));
  return nav;
}
