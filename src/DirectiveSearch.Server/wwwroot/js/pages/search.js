// Search: one box, results by document or by section with highlighted passages, facets as filters, sort, paging.
import { ApiError, compact, getJson } from "../api.js";
import { date, directiveHref, documentHref, errorBox, h, number, snippet, withParams } from "../dom.js";

const PAGE_SIZE = 10;
const FACET_VALUES_SHOWN = 8;
const FILTERS = ["type", "issuer", "year", "cites"];
const ALL_FACET_VALUES = 1000;
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
    sort: params.get("sort"), group: params.get("group"), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE,
  });
  let response;
  try {
    response = await getJson("/api/search", request);
  } catch (error) {
    // A request the API refuses (a query too long, say) keeps the page and its box, with the reason.
    if (!(error instanceof ApiError) || error.status !== 400) throw error;
    element.append(h("div", { class: "panel refused" }, errorBox(new Error(refusal(error.problem)))));
    return { element, title: "Tìm kiếm" };
  }
  const cards = await directiveCards(response.directives);
  element.append(
    ...cards,
    h("div", { class: "search-layout" },
      facets(response, params, request),
      h("div", { class: "results" }, summary(response, params), notices(response, params), activeFilters(params, response), hits(response), pager(response.total, page, params))));
  return { element, title: q ? `“${q}”` : "Tìm kiếm" };
}

/** The API's reason for refusing a search, in Vietnamese ("q must be at most 10000 characters long, got 12000"). */
function refusal(problem) {
  const names = { q: "Từ khóa", query: "Từ khóa", type: "Loại văn bản", issuer: "Cơ quan ban hành", year: "Năm", cites: "Văn bản được trích dẫn", sort: "Sắp xếp", group: "Cách nhóm", limit: "Số kết quả", offset: "Trang", facetLimit: "Số giá trị bộ lọc" };
  const name = names[problem?.parameter] ?? `Tham số “${problem?.parameter ?? "?"}”`;
  const detail = problem?.detail ?? "";
  const tooLong = detail.match(/must be at most (\d+) characters long, got (\d+)/);
  if (tooLong) return `${name} quá dài: tối đa ${number(Number(tooLong[1]))} ký tự, đã nhập ${number(Number(tooLong[2]))} ký tự. Hãy rút gọn rồi tìm lại.`;
  const range = detail.match(/must be from (\d+) to (\d+), got (.+)$/);
  if (range) return `${name} phải từ ${range[1]} đến ${range[2]}, đã nhập ${range[3]}.`;
  if (/is required/.test(detail)) return `${name} là bắt buộc khi không có bộ lọc nào.`;
  return `${name} không hợp lệ: ${detail}`;
}

/** What the page says about the results themselves: matched without diacritics, a nearer spelling, undated last. */
function notices(response, params) {
  const parts = [];
  if (response.approximate) parts.push(h("p", { class: "notice approximate", role: "status" }, `${response.notice ?? "Không có kết quả đúng dấu; đang hiện kết quả không dấu"}.`));
  if (response.suggestion) {
    parts.push(h("p", { class: "notice suggestion" }, "Có phải bạn muốn tìm: ",
      h("a", { href: withParams("/search", params, { q: response.suggestion, page: null }) }, response.suggestion), "?"));
  }
  if (params.get("sort") === "date" && response.total > 0) parts.push(h("p", { class: "notice muted" }, "Xếp mới nhất trước; văn bản không rõ ngày ban hành xếp cuối."));
  return parts.length ? h("div", { class: "notices" }, parts) : null;
}

function searchForm(q, params) {
  const input = h("input", { type: "search", name: "q", value: q, placeholder: "Ví dụ: tu soi tu sua, KL 21, 21-KL/TW, “chỉnh đốn Đảng”", "aria-label": "Từ khóa tìm kiếm", autocomplete: "off" });
  const form = h("form", { class: "search", role: "search", action: "/search" }, input, h("button", { type: "submit" }, "Tìm"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const kept = Object.fromEntries(["sort", "group"].filter((k) => params.get(k)).map((k) => [k, params.get(k)]));
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

function facets(response, params, request) {
  const aside = h("aside", { class: "facets", id: "bo-loc", "aria-label": "Lọc kết quả" });
  for (const name of FILTERS) {
    let counts = Object.entries(response.facets[name] ?? {});
    if (counts.length === 0) continue;
    // Object keys that look like numbers come out in ascending order whatever the JSON said: years go newest first here.
    if (name === "year") counts = counts.sort(([a], [b]) => Number(b) - Number(a));
    const active = params.get(name);
    const list = h("ul", {});
    const size = Math.max(response.facets.sizes?.[name] ?? 0, counts.length);
    const section = h("section", { class: "facet panel", "data-facet-name": name }, h("h2", {}, FACET_TITLES[name]), list);
    const show = (entries) => list.replaceChildren(...entries.map(([value, count]) => facetValue(name, value, count, active, params, response)));
    show(counts.slice(0, FACET_VALUES_SHOWN));
    if (size > FACET_VALUES_SHOWN) {
      const more = h("button", { type: "button", class: "facet-more", "aria-expanded": "false" }, `Xem thêm ${number(size - FACET_VALUES_SHOWN)} giá trị`);
      more.addEventListener("click", async () => {
        more.disabled = true;
        let all = counts;
        if (size > counts.length) {
          // The page asked for the most frequent values only; the rest come on demand.
          const full = await getJson("/api/search", { ...request, limit: 1, offset: 0, facetLimit: ALL_FACET_VALUES }).catch(() => null);
          if (full) all = Object.entries(full.facets[name] ?? {});
          if (name === "year") all = all.sort(([a], [b]) => Number(b) - Number(a));
        }
        show(all);
        more.remove();
      });
      section.append(more);
    }
    aside.append(section);
  }
  return aside;
}

function facetValue(name, value, count, active, params, response) {
  const label = name === "cites" ? response.citesLabels?.[value] ?? value : name === "type" ? `${TYPE_NAMES[value] ?? value} (${value})` : value;
  const selected = active === value;
  return h("li", {}, h("a", {
    href: withParams("/search", params, { [name]: selected ? null : value, page: null }),
    "aria-current": selected ? "true" : null,
    "data-facet": name, "data-value": value,
  }, h("span", {}, label), h("span", { class: "count" }, number(count))));
}

function summary(response, params) {
  const sort = params.get("sort") === "date" ? "date" : "relevance";
  const select = h("select", { "aria-label": "Sắp xếp", name: "sort" },
    h("option", { value: "relevance", selected: sort === "relevance" }, "Liên quan nhất"),
    h("option", { value: "date", selected: sort === "date" }, "Mới nhất"));
  select.addEventListener("change", () => window.directiveSearch.navigate(withParams("/search", params, { sort: select.value === "relevance" ? null : select.value, page: null })));
  const took = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 }).format(response.tookMs);
  const bySection = response.group === "section";
  const groupLink = (group, text) => h("a", {
    href: withParams("/search", params, { group: group === "document" ? null : group, page: null }),
    "aria-current": (group === "section") === bySection ? "true" : null, "data-group": group,
  }, text);
  return h("div", { class: "summary" },
    h("p", { class: "total", role: "status" }, `Tìm thấy ${number(response.total)} ${bySection ? "điều, mục" : "văn bản"} (${took} ms)`, " ", h("a", { class: "facets-jump", href: "#bo-loc" }, "Bộ lọc ↓")),
    h("nav", { class: "group-switch", "aria-label": "Cách hiện kết quả" }, groupLink("document", "Theo văn bản"), " | ", groupLink("section", "Theo điều, mục")),
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
  return h("ol", { class: "hits" }, response.hits.map((hit) => h("li", { class: "hit panel", "data-id": hit.id, "data-path": hit.path ?? null },
    h("h2", {}, h("a", { href: documentHref(hit.id) + (hit.path ? `#muc-${hit.path.replace(/[^\p{L}\p{N}]+/gu, "-")}` : "") },
      hit.path != null ? `${hit.path ? `${hit.path}${hit.heading ? ` — ${hit.heading}` : ""}` : "Phần mở đầu"} · ${hit.title || hit.id}` : hit.title || hit.id)),
    h("div", { class: "meta" }, [hit.symbol ? `Số ${hit.symbol}` : null, hit.typeName, hit.date ? `ngày ${date(hit.date)}` : "không rõ ngày", hit.issuer].filter(Boolean).join(" · ")),
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
