// Document: what it is, its outline, its full text with every citation highlighted and linked, its original files.
import { getJson } from "../api.js";
import { date, directiveHref, documentHref, h, number, relationLabels, withParams } from "../dom.js";

const FORMAT_NAMES = { docx: "Word (.docx)", pdf: "PDF", txt: "Văn bản (.txt)", md: "Markdown (.md)" };

export async function render({ id }) {
  const record = await getJson(`/api/documents/${encodeURIComponent(id)}`);
  const name = `${record.type.name}${record.symbol ? ` số ${record.symbol}` : ""}`;
  const element = h("article", { class: "document-page" },
    h("p", { class: "muted" }, name),
    h("h1", {}, record.title || record.id),
    h("div", { class: "document-layout" },
      h("nav", { class: "outline panel", "aria-label": "Mục lục" }, h("h2", {}, "Mục lục"), outline(record.sections)),
      h("div", {},
        facts(record),
        h("h2", {}, "Toàn văn"),
        legend(),
        h("div", { class: "fulltext panel", lang: "vi" }, fullText(record)),
        similar(record),
        sources(record))));
  return { element, title: record.title || name };
}

function facts(record) {
  const rows = [
    ["Loại văn bản", `${record.type.name} (${record.type.code})`],
    ["Số, ký hiệu", record.symbol ?? "không rõ"],
    ["Cơ quan ban hành", record.issuer ?? "không rõ"],
    ["Nơi, ngày ban hành", [record.place, record.date ? `ngày ${date(record.date)}` : null].filter(Boolean).join(", ") || "không rõ"],
    ["Người ký", record.signer ? [record.signer.onBehalfOf, record.signer.capacity, record.signer.position, record.signer.name].filter(Boolean).join(" · ") : "không rõ"],
    ["Mã văn bản chỉ đạo", record.identity ? h("a", { href: directiveHref(record.identity) }, record.identity) : "không có (thiếu số ký hiệu)"],
  ];
  const cited = new Set(record.citations.filter((c) => c.target && c.relation !== "self").map((c) => c.target));
  return h("section", { class: "panel" },
    h("dl", { class: "facts" }, rows.map(([term, value]) => [h("dt", {}, term), h("dd", {}, value)])),
    record.recipients.length ? [h("h3", {}, "Nơi nhận"), h("ul", { class: "recipients" }, record.recipients.map((r) => h("li", {}, r)))] : null,
    h("p", {},
      `Trích dẫn ${number(cited.size)} văn bản chỉ đạo · `,
      h("a", { href: withParams("/graph", {}, { root: record.identity ?? record.id, depth: 1 }) }, "Xem trong đồ thị trích dẫn")));
}

function outline(sections) {
  if (!sections.length) return h("p", { class: "muted" }, "Văn bản không chia mục.");
  return h("ul", {}, sections.map((section) => h("li", {},
    h("a", { href: `#muc-${anchor(section.path)}` }, `${section.path}. ${section.heading}`),
    section.children?.length ? outline(section.children) : null)));
}

function legend() {
  return h("div", { class: "legend", "aria-hidden": "true" },
    h("span", { class: "implements" }, "thực hiện"), h("span", { class: "basis" }, "căn cứ"), h("span", { class: "cites" }, "trích dẫn"));
}

/**
 * The text with citations as links to their directives and an anchor at each section's start. A meeting's
 * "kết luận, quy định" resolves to several directives over one span: the span links to the first and names all.
 */
function fullText(record) {
  const text = record.text;
  const bySpan = new Map();
  for (const citation of record.citations) {
    const key = `${citation.start}:${citation.end}`;
    if (!bySpan.has(key)) bySpan.set(key, []);
    bySpan.get(key).push(citation);
  }
  const marks = [...bySpan.values()].map((group) => ({ start: group[0].start, end: group[0].end, group }));
  const anchors = flatten(record.sections).map((s) => ({ start: s.start, path: s.path }));
  const events = [...marks.map((m) => ({ at: m.start, mark: m })), ...anchors.map((a) => ({ at: a.start, anchor: a }))].sort((a, b) => a.at - b.at || (a.anchor ? -1 : 1));

  const out = document.createDocumentFragment();
  let position = 0;
  for (const event of events) {
    if (event.at < position) continue; // overlapping spans: the first wins
    out.append(text.slice(position, event.at));
    position = event.at;
    if (event.anchor) {
      out.append(h("span", { id: `muc-${anchor(event.anchor.path)}`, class: "section-anchor" }));
      continue;
    }
    const { start, end, group } = event.mark;
    out.append(citationElement(text.slice(start, end), group));
    position = end;
  }
  out.append(text.slice(position));
  return out;
}

function citationElement(written, group) {
  const first = group[0];
  const relation = first.relation;
  const targets = group.map((c) => c.target).filter(Boolean);
  const title = [
    relationLabels[relation] ?? relation,
    targets.length ? targets.join(", ") : first.candidates?.length ? `chưa rõ: ${first.candidates.join(" hoặc ")}` : "chưa xác định được văn bản",
    ...first.warnings,
  ].join(" · ");
  const attributes = { class: `cite ${relation}`, title, "data-relation": relation, "data-target": targets[0] ?? null };
  if (relation === "self" || targets.length === 0) return h("span", attributes, written);
  return h("a", { ...attributes, href: directiveHref(targets[0]) }, written);
}

/** Documents that copied this one's text or whose text it copied: which units wrote whose plan over. */
function similar(record) {
  const others = record.similar ?? [];
  if (!others.length) return null;
  return h("section", { class: "similar" },
    h("h2", {}, "Văn bản có nội dung gần giống"),
    h("ul", {}, others.map((other) => h("li", {},
      h("a", { href: documentHref(other.id) }, other.title || other.id),
      ` — ${[other.symbol ? `số ${other.symbol}` : null, other.issuer].filter(Boolean).join(", ")}${other.symbol || other.issuer ? " · " : ""}`,
      h("span", { class: "resemblance" }, `giống ${percent(other.resemblance)}`)))));
}

const percentFormat = new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 0 });
const percent = (share) => percentFormat.format(share);

function sources(record) {
  return h("section", {},
    h("h2", {}, "Tệp gốc"),
    h("ol", { class: "sources", start: 0 }, record.sources.map((source, index) => h("li", {},
      h("a", { href: `/api/documents/${encodeURIComponent(record.id)}/sources/${index}`, download: fileName(source.path) }, fileName(source.path)),
      ` — ${FORMAT_NAMES[source.format] ?? source.format}${source.pages ? `, ${number(source.pages)} trang` : ""}, ${number(Math.round(source.length / 1024))} KB${source.ocr ? ", nhận dạng ký tự (OCR)" : ""}`,
      // How the text was obtained, such as a legacy encoding converted: a reader checking a quote should know.
      ...(source.notices ?? []).map((notice) => h("p", { class: "source-notice" }, notice))))));
}

function flatten(sections) {
  return sections.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

const anchor = (path) => path.replace(/[^\p{L}\p{N}]+/gu, "-");
const fileName = (path) => path.split(/[\\/]/).pop();
