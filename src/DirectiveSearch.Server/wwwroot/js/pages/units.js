// Đơn vị: every unit the plans assign tasks to, with its counts; a name filter, diacritics optional.
import { getJson, compact } from "../api.js";
import { h, number, withParams } from "../dom.js";
import { unitHref } from "./task-list.js";

export async function render({ params }) {
  const q = params.get("q") ?? "";
  const result = await getJson("/api/units", compact({ q }));
  const input = h("input", { type: "search", name: "q", value: q, placeholder: "Tên đơn vị, ví dụ: van phong tinh uy", "aria-label": "Tìm đơn vị" });
  const form = h("form", { class: "search", role: "search", onsubmit: (event) => {
    event.preventDefault();
    window.directiveSearch.navigate(withParams("/units", {}, { q: input.value.trim() }));
  } }, input, h("button", { type: "submit" }, "Tìm"));
  const element = h("article", { class: "units-page" },
    h("h1", {}, "Đơn vị được giao nhiệm vụ"),
    form,
    h("p", { class: "muted" }, `${number(result.total)} đơn vị · tình trạng tính đến ngày ${result.today.split("-").reverse().join("/")} · `, h("a", { href: "/tasks" }, "Tất cả nhiệm vụ")),
    h("ul", { class: "units" }, result.units.map((u) => h("li", { class: "panel", "data-id": u.id },
      h("a", { href: unitHref(u.id) }, u.name),
      h("span", { class: "muted" }, ` · ${number(u.taskCount)} nhiệm vụ (chủ trì ${number(u.leadCount)}) · ${number(u.documentCount)} kế hoạch`),
      u.overdueCount ? [" · ", h("span", { class: "task-status overdue" }, `${number(u.overdueCount)} quá hạn`)] : null))));
  return { element, title: "Đơn vị" };
}
