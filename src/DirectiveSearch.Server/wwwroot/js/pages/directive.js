// Directive: its knowledge-base entry, the plans implementing it (directly and through chains), every sentence
// quoting it with a citation to copy, and its neighbourhood in the citation graph.
import { getJson } from "../api.js";
import { copyText, date, documentHref, directiveHref, errorBox, h, nodeHref, number, relationBadge, withParams } from "../dom.js";
import { drawGraph, legend } from "../graph-view.js";
import { tasksSection } from "./directive-tasks.js";

export async function render({ id }) {
  const directive = await getJson(`/api/directives/${encodeURIComponent(id)}`).catch(async (error) => {
    // A chain of plans can pass through a corpus document that has no symbol: it is a document, not a directive.
    if (error.status === 404 && (await getJson(`/api/documents/${encodeURIComponent(id)}`).catch(() => null))) {
      window.directiveSearch.navigate(documentHref(id), { replace: true });
    }
    throw error;
  });
  const [implementations, quotes, neighbourhood, tasks] = await Promise.all([
    getJson(`/api/directives/${encodeURIComponent(directive.id)}/implementations`, { transitive: true }),
    getJson(`/api/directives/${encodeURIComponent(directive.id)}/quotes`),
    getJson("/api/graph", { root: directive.id, depth: 1, direction: "both" }),
    tasksSection(directive.id),
  ]);
  const graphBox = h("div", { class: "graph small", role: "img", "aria-label": `Đồ thị trích dẫn quanh ${directive.symbol ?? directive.id}` });
  const title = `${directive.typeName} ${directive.symbol ?? directive.id}`;
  const element = h("article", { class: "directive-page" },
    h("p", { class: "muted" }, "Văn bản chỉ đạo"),
    h("h1", {}, title),
    entry(directive),
    implementationsSection(implementations),
    tasks,
    quotesSection(directive, quotes),
    h("section", {},
      h("h2", {}, "Quan hệ trích dẫn"),
      legend(),
      graphBox,
      h("p", {}, h("a", { href: withParams("/graph", {}, { root: directive.id, depth: 2 }) }, "Mở trong trình khám phá đồ thị"))));
  let cy = null;
  return {
    element,
    title,
    mounted: () => {
      try {
        cy = drawGraph(graphBox, neighbourhood, { root: directive.id, onOpen: (node) => window.directiveSearch.navigate(nodeHref(node)) });
        window.directiveSearchGraph = cy;
      } catch (error) {
        graphBox.replaceWith(errorBox(error));
      }
    },
    cleanup: () => cy?.destroy(),
  };
}

function entry(directive) {
  const rows = [
    ["Số, ký hiệu", directive.symbol ?? "không rõ"],
    ["Loại", `${directive.typeName} (${directive.type})`],
    ["Cơ quan ban hành", directive.issuingBody ?? directive.issuer],
    ["Ngày ban hành", date(directive.date)],
    ["Trích yếu", directive.subject ?? "không rõ"],
    ["Tình trạng", statusFacts(directive.status)],
    ["Cách gọi khác", directive.aliases.length ? directive.aliases.join("; ") : "—"],
    ["Trong kho", directive.documentId ? h("a", { href: documentHref(directive.documentId) }, "Xem toàn văn") : "Không (chỉ được trích dẫn)"],
    ["Được trích dẫn bởi", `${number(directive.citedByCount)} văn bản`],
    ["Mã", h("code", {}, directive.id)],
  ];
  return h("section", { class: "panel" }, h("dl", { class: "facts" }, rows.map(([t, v]) => [h("dt", {}, t), h("dd", {}, v)])),
    directive.cites.length ? [h("h3", {}, "Văn bản này thực hiện, căn cứ hoặc trích dẫn"), linkList(directive.cites)] : null,
    directive.citedBy.length ? [h("h3", {}, "Được trích dẫn bởi"), linkList(directive.citedBy)] : null);
}

/** The computed status and each document acting on the directive's force, linked, with the sentence that says it. */
function statusFacts(status) {
  if (!status) return "không rõ";
  return h("div", { class: `status ${status.state}`, "data-status": status.state }, status.text,
    status.evidence.length ? h("ul", {}, status.evidence.map((e) => h("li", {},
      relationBadge(e.relation), " ", h("a", { href: nodeHref({ kind: "document", id: e.documentId }) }, e.label),
      e.date ? ` (${date(e.date)})` : "", h("div", { class: "muted" }, `“${e.sentence}”`)))) : null);
}

function linkList(links) {
  return h("ul", {}, links.map((link) => h("li", {},
    h("a", { href: nodeHref(link) }, link.label), " ",
    link.relations.map(relationBadge), ` · ${number(link.count)} văn bản`)));
}

function implementationsSection(implementations) {
  const direct = implementations.filter((i) => i.relation === "implements");
  const chains = implementations.filter((i) => i.relation !== "implements");
  const item = (i) => h("li", { class: "panel", "data-id": i.id },
    h("div", {}, h("a", { href: nodeHref(i) }, i.label), " ", relationBadge(i.relation), i.inCorpus ? h("span", { class: "muted" }, " · trong kho") : null),
    i.title ? h("div", { class: "muted" }, i.title) : null,
    i.path.length > 2 ? h("div", { class: "chain" }, "Chuỗi thực hiện: ", i.path.map((step, k) => [k ? " → " : "", h("a", { href: directiveHref(step) }, step)])) : null);
  return h("section", { class: "implementations-section" },
    h("h2", {}, `Văn bản thực hiện (${number(implementations.length)})`),
    implementations.length === 0 ? h("p", { class: "muted" }, "Chưa có văn bản nào trong kho thực hiện văn bản này.") : null,
    direct.length ? [h("h3", {}, `Trực tiếp (${number(direct.length)})`), h("ul", { class: "implementations" }, direct.map(item))] : null,
    chains.length ? [h("h3", {}, `Qua các kế hoạch trung gian (${number(chains.length)})`), h("ul", { class: "implementations" }, chains.map(item))] : null);
}

function quotesSection(directive, quotes) {
  const status = h("p", { class: "status", role: "status", "aria-live": "polite" });
  return h("section", { class: "quotes-section" },
    h("h2", {}, `Các câu trích dẫn (${number(quotes.length)})`),
    h("p", {}, h("a", { class: "button secondary", href: `/api/directives/${encodeURIComponent(directive.id)}/quotes?format=csv`, download: `trich-dan-${directive.id}.csv` }, "Tải về CSV")),
    status,
    quotes.length === 0 ? h("p", { class: "muted" }, "Không có câu nào trích dẫn văn bản này.") : null,
    quotes.map((quote) => h("figure", { class: "quote" },
      h("blockquote", {}, quote.sentence),
      h("figcaption", { class: "cite-line" },
        relationBadge(quote.relation),
        h("a", { href: documentHref(quote.documentId) }, quote.citation),
        h("button", {
          type: "button", class: "secondary copy",
          onclick: async () => {
            try {
              await copyText(`“${quote.sentence}” (${quote.citation})`);
              status.textContent = "Đã sao chép trích dẫn.";
            } catch {
              status.textContent = "Không sao chép được; hãy chọn và sao chép thủ công.";
            }
          },
        }, "Sao chép trích dẫn")))));
}
