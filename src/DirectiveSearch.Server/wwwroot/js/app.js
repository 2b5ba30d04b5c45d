// The page's router: every state is an address (/search?q=..., /documents/{id}, /directives/{id}, /graph?root=...),
// so the back button, reloading and sharing a link all show the same thing.
import { errorBox, h } from "./dom.js";
import * as searchPage from "./pages/search.js";
import * as documentPage from "./pages/document.js";
import * as directivePage from "./pages/directive.js";
import * as directivesPage from "./pages/directives.js";
import * as graphPage from "./pages/graph.js";
import * as unitsPage from "./pages/units.js";
import * as unitPage from "./pages/unit.js";
import * as tasksPage from "./pages/tasks.js";

const routes = [
  { pattern: /^\/(?:search)?$/, page: searchPage, nav: "search" },
  { pattern: /^\/documents\/([^/]+)$/, page: documentPage, nav: "search" },
  { pattern: /^\/directives$/, page: directivesPage, nav: "directives" },
  { pattern: /^\/directives\/([^/]+)$/, page: directivePage, nav: "directives" },
  { pattern: /^\/graph$/, page: graphPage, nav: "graph" },
  { pattern: /^\/units$/, page: unitsPage, nav: "units" },
  { pattern: /^\/units\/([^/]+)$/, page: unitPage, nav: "units" },
  { pattern: /^\/tasks$/, page: tasksPage, nav: "units" },
];

const main = document.getElementById("main");
let cleanup = null;
let renderCount = 0;

async function render({ focus } = { focus: false }) {
  const path = location.pathname;
  const params = new URLSearchParams(location.search);
  const route = routes.find((r) => r.pattern.test(path));
  for (const link of document.querySelectorAll("[data-nav]")) {
    link.toggleAttribute("aria-current", link.dataset.nav === route?.nav);
    if (link.dataset.nav === route?.nav) link.setAttribute("aria-current", "page");
  }
  if (typeof cleanup === "function") cleanup();
  cleanup = null;
  const current = ++renderCount;
  main.replaceChildren(h("p", { class: "loading", role: "status" }, "Đang tải…"));
  if (!route) {
    main.replaceChildren(h("h1", {}, "Không có trang này"), h("p", {}, h("a", { href: "/", "data-link": true }, "Về trang tìm kiếm")));
    return;
  }
  const id = decodeURIComponent(path.match(route.pattern)[1] ?? "");
  try {
    const view = await route.page.render({ params, id, isCurrent: () => current === renderCount });
    if (current !== renderCount) return;
    main.replaceChildren(view.element);
    document.title = `${view.title} — DirectiveSearch`;
    cleanup = view.cleanup ?? null;
    view.mounted?.();
    main.dataset.ready = path;
    // A shared link to a section ("/documents/x#muc-II-1") lands on it once the page is drawn.
    if (location.hash.length > 1) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  } catch (error) {
    if (current !== renderCount) return;
    main.replaceChildren(h("h1", {}, "Không hiển thị được trang"), errorBox(error));
    document.title = "Lỗi — DirectiveSearch";
    main.dataset.ready = path;
  }
  if (focus) main.focus();
}

export function navigate(href, { replace = false } = {}) {
  if (replace) history.replaceState(null, "", href);
  else history.pushState(null, "", href);
  render({ focus: true });
  window.scrollTo(0, 0);
}

document.addEventListener("click", (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target.closest("a[href]");
  if (!link || link.target || link.hasAttribute("download")) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith("/api/") || url.pathname.startsWith("/openapi")) return;
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return; // in-page anchor
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
});

window.addEventListener("popstate", () => render({ focus: true }));
window.directiveSearch = { navigate };
render();
