// Graph explorer: the citation graph around a node (or all of it when small), with zoom, pan and drag;
// depth and direction controls; a click opens a node; export to PNG, GraphML and DOT.
import { compact, getJson } from "../api.js";
import { errorBox, h, nodeHref, number, withParams } from "../dom.js";
import { drawGraph, legend, nodeList } from "../graph-view.js";

const WHOLE_GRAPH_LIMIT = 600;

export async function render({ params }) {
  const root = params.get("root") ?? "";
  const depth = clamp(Number.parseInt(params.get("depth") ?? "1", 10), 0, 6, 1);
  const direction = ["in", "out", "both"].includes(params.get("direction")) ? params.get("direction") : "both";
  const query = compact({ root, depth, direction });
  const graph = await getJson("/api/graph", query);
  const resolvedRoot = root ? await getJson("/api/directives/resolve", { ref: root }).then((r) => r.id).catch(() => root) : null;

  const element = h("section", { class: "graph-page" }, h("h1", {}, "Đồ thị trích dẫn"), controls(root, depth, direction));
  if (!root && graph.nodes.length > WHOLE_GRAPH_LIMIT) {
    element.append(h("p", { class: "panel" }, `Toàn bộ đồ thị có ${number(graph.nodes.length)} nút, quá lớn để vẽ một lần. Hãy nhập một văn bản làm gốc, ví dụ `,
      h("a", { href: withParams("/graph", {}, { root: "KL 21" }) }, "KL 21"), "."));
    return { element, title: "Đồ thị trích dẫn" };
  }

  const box = h("div", { class: "graph", role: "img", "aria-label": `Đồ thị gồm ${graph.nodes.length} nút và ${graph.edges.length} cạnh; danh sách các nút ở dưới` });
  const exportQuery = new URLSearchParams(query);
  const pngLink = h("button", { type: "button", class: "secondary", "data-export": "png" }, "Tải ảnh PNG");
  element.append(
    legend(),
    h("p", { class: "graph-stats", role: "status" }, `${number(graph.nodes.length)} nút · ${number(graph.edges.length)} cạnh. Cuộn để phóng to, kéo để di chuyển, bấm vào một nút để mở.`),
    box,
    h("p", { class: "graph-export" },
      pngLink, " ",
      h("a", { class: "button secondary", href: `/api/graph?${withFormat(exportQuery, "graphml")}`, download: "do-thi-trich-dan.graphml", "data-export": "graphml" }, "Tải GraphML"), " ",
      h("a", { class: "button secondary", href: `/api/graph?${withFormat(exportQuery, "dot")}`, download: "do-thi-trich-dan.dot", "data-export": "dot" }, "Tải DOT")),
    h("details", {}, h("summary", {}, "Danh sách các nút"), nodeList(graph)));

  let cy = null;
  return {
    element,
    title: root ? `Đồ thị quanh ${root}` : "Đồ thị trích dẫn",
    mounted: () => {
      try {
        cy = drawGraph(box, graph, { root: resolvedRoot, onOpen: (node) => window.directiveSearch.navigate(nodeHref(node)) });
        window.directiveSearchGraph = cy;
        pngLink.addEventListener("click", () => {
          const link = h("a", { href: cy.png({ full: true, scale: 2, bg: "#ffffff" }), download: "do-thi-trich-dan.png" });
          document.body.append(link);
          link.click();
          link.remove();
        });
      } catch (error) {
        box.replaceWith(errorBox(error));
      }
    },
    cleanup: () => cy?.destroy(),
  };
}

function controls(root, depth, direction) {
  const rootInput = h("input", { type: "text", name: "root", value: root, placeholder: "KL 21, 21-KL/TW, mã văn bản…" });
  const depthInput = h("input", { type: "number", name: "depth", min: 0, max: 6, value: depth });
  const directionSelect = h("select", { name: "direction" },
    h("option", { value: "both", selected: direction === "both" }, "Cả hai chiều"),
    h("option", { value: "in", selected: direction === "in" }, "Văn bản trích dẫn nút gốc"),
    h("option", { value: "out", selected: direction === "out" }, "Văn bản nút gốc trích dẫn"));
  const form = h("form", { class: "graph-controls" },
    h("label", {}, "Nút gốc", rootInput),
    h("label", {}, "Độ sâu", depthInput),
    h("label", {}, "Chiều", directionSelect),
    h("button", { type: "submit" }, "Vẽ đồ thị"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.directiveSearch.navigate(withParams("/graph", {}, { root: rootInput.value.trim(), depth: depthInput.value, direction: directionSelect.value === "both" ? null : directionSelect.value }));
  });
  return form;
}

function withFormat(query, format) {
  const copy = new URLSearchParams(query);
  copy.set("format", format);
  return copy.toString();
}

function clamp(value, min, max, fallback) {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}
