// The citation graph drawn with Cytoscape.js: documents as boxes, directives as ellipses coloured by type;
// implements edges solid, basis dashed, cites dotted; a click opens the node's page.
import { h, nodeHref } from "./dom.js";

const DOCUMENT_COLOUR = "#16365f";
const TYPE_COLOURS = {
  kl: "#c0392b", nq: "#8e44ad", qd: "#d35400", ct: "#16a085", kh: "#5dade2", hd: "#95a5a6",
  ctr: "#27ae60", nd: "#b7950b", luat: "#6d4c41", tt: "#5d6d7e", tb: "#a04000", bc: "#616a6b",
};
const TYPE_NAMES = { kl: "Kết luận", nq: "Nghị quyết", qd: "Quy định, Quyết định", ct: "Chỉ thị", kh: "Kế hoạch", hd: "Hướng dẫn", ctr: "Chương trình", nd: "Nghị định", luat: "Luật", tt: "Thông tư" };
const LARGE = 400;
const MAX_FIT_ZOOM = 1.3;

export const typeOf = (node) => (node.kind === "document" ? "document" : node.id.split("-")[0]);

export function colourOf(node) {
  if (node.kind === "document") return DOCUMENT_COLOUR;
  return TYPE_COLOURS[typeOf(node)] ?? "#34495e";
}

/** Draws <paramref name="graph"/> ({nodes, edges}) into <paramref name="container"/>; returns the Cytoscape instance. */
export function drawGraph(container, graph, { root = null, onOpen } = {}) {
  if (typeof window.cytoscape !== "function") throw new Error("Không tải được thư viện vẽ đồ thị.");
  const elements = [
    ...graph.nodes.map((n) => ({
      data: { ...n, short: shorten(n.label), colour: colourOf(n), type: typeOf(n), isRoot: n.id === root ? "yes" : "no", inCorpusFlag: n.inCorpus ? "yes" : "no" },
    })),
    ...graph.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, relation: e.relation, evidence: e.evidence.join(", ") } })),
  ];
  const cy = window.cytoscape({
    container,
    elements,
    wheelSensitivity: 0.3,
    minZoom: 0.1,
    maxZoom: 4,
    style: [
      { selector: "node", style: {
        "background-color": "data(colour)", label: "data(short)", color: "#1d2430", "font-size": 10,
        "font-family": "Noto Sans, Segoe UI, Roboto, Arial, sans-serif", "text-wrap": "wrap", "text-max-width": 130,
        "text-valign": "bottom", "text-margin-y": 4, width: 22, height: 22, "border-width": 1, "border-color": "#ffffff",
        "text-background-color": "#ffffff", "text-background-opacity": 0.85, "text-background-padding": 2, "text-background-shape": "roundrectangle",
      } },
      { selector: "node[kind = 'document']", style: { shape: "round-rectangle", width: 30, height: 20 } },
      { selector: "node[inCorpusFlag = 'yes']", style: { "border-width": 3, "border-color": "#16365f" } },
      { selector: "node[isRoot = 'yes']", style: { width: 36, height: 36, "border-width": 4, "border-color": "#f2a900", "font-weight": "bold", "font-size": 12 } },
      { selector: "edge", style: {
        width: 1.5, "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 0.9,
        "line-color": "#8c96a8", "target-arrow-color": "#8c96a8", "line-style": "dotted",
      } },
      { selector: "edge[relation = 'implements']", style: { width: 3, "line-style": "solid", "line-color": "#1b7f4b", "target-arrow-color": "#1b7f4b" } },
      { selector: "edge[relation = 'basis']", style: { width: 2, "line-style": "dashed", "line-color": "#8a5a00", "target-arrow-color": "#8a5a00" } },
      { selector: ":selected", style: { "overlay-opacity": 0.15, "overlay-color": "#f2a900" } },
    ],
    layout: layoutFor(graph, root),
  });
  // Fitting a small graph would blow it up until labels collide; past this zoom, centre it instead.
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
  cy.on("tap", "node", (event) => onOpen?.(event.target.data()));
  cy.on("mouseover", "node", (event) => { container.title = event.target.data("label"); });
  cy.on("mouseover", "edge", (event) => { container.title = `${event.target.data("relation")} · theo: ${event.target.data("evidence")}`; });
  return cy;
}

/**
 * Around a root: rings by distance from it (the root in the middle, its neighbours around it), which reads
 * better than a force layout for a neighbourhood. The whole graph: a force layout, or rings by degree when large.
 */
function layoutFor(graph, root) {
  const distance = root ? distancesFrom(root, graph) : null;
  if (distance && distance.size > 1) {
    const farthest = Math.max(...distance.values());
    return { name: "concentric", concentric: (node) => farthest + 1 - (distance.get(node.id()) ?? farthest + 1), levelWidth: () => 1, minNodeSpacing: 80, padding: 24, animate: false };
  }
  return graph.nodes.length <= LARGE
    ? { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 100, gravity: 0.25, padding: 24 }
    : { name: "concentric", concentric: (node) => node.degree(), levelWidth: () => 3, padding: 24, animate: false };
}

/** Edges taken both ways: how many steps each node is from the root. */
function distancesFrom(root, graph) {
  const neighbours = new Map(graph.nodes.map((n) => [n.id, []]));
  for (const e of graph.edges) {
    neighbours.get(e.source)?.push(e.target);
    neighbours.get(e.target)?.push(e.source);
  }
  const distance = new Map([[root, 0]]);
  const queue = [root];
  while (queue.length) {
    const at = queue.shift();
    for (const next of neighbours.get(at) ?? []) {
      if (!distance.has(next)) {
        distance.set(next, distance.get(at) + 1);
        queue.push(next);
      }
    }
  }
  return distance;
}

/** The nodes as a list of links: the graph for keyboard and screen-reader users. */
export function nodeList(graph) {
  return h("ul", { class: "links-list" }, graph.nodes.map((n) => h("li", {}, h("a", { href: nodeHref(n) }, n.label), n.inCorpus ? " (trong kho)" : "")));
}

/** What shapes, colours and line styles mean; the colours come from the same table as the drawing. */
export function legend() {
  const swatch = (colour, round) => h("i", { class: `swatch${round ? " round" : ""}`, "data-colour": colour });
  const element = h("div", { class: "legend graph-legend" },
    h("span", {}, swatch(DOCUMENT_COLOUR, false), "văn bản trong kho (viền đậm)"),
    Object.entries(TYPE_NAMES).map(([type, name]) => h("span", {}, swatch(TYPE_COLOURS[type], true), name)),
    h("span", { class: "implements" }, "thực hiện (nét liền)"), h("span", { class: "basis" }, "căn cứ (nét đứt)"), h("span", { class: "cites" }, "trích dẫn (chấm)"));
  // Colours set through the CSS object model: the page's content security policy forbids inline style attributes.
  for (const i of element.querySelectorAll("i[data-colour]")) i.style.backgroundColor = i.dataset.colour;
  return element;
}

function shorten(label) {
  return label.length > 44 ? `${label.slice(0, 42)}…` : label;
}
