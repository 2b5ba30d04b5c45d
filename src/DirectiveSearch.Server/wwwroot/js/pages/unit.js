// Đơn vị: every task assigned to one unit across the archive, by deadline, overdue ones marked, with downloads.
import { getJson } from "../api.js";
import { h, number } from "../dom.js";
import { downloads, summary, taskList } from "./task-list.js";

export async function render({ id }) {
  const [unit, result] = await Promise.all([
    getJson(`/api/units/${encodeURIComponent(id)}`),
    getJson(`/api/units/${encodeURIComponent(id)}/tasks`),
  ]);
  const element = h("article", { class: "unit-page" },
    h("p", { class: "muted" }, h("a", { href: "/units" }, "Đơn vị"), " / "),
    h("h1", {}, unit.name),
    unit.written.length > 1 ? h("p", { class: "muted" }, "Các kế hoạch viết: ", unit.written.join("; ")) : null,
    summary(result.total, unit.overdueCount),
    h("p", { class: "muted" }, `Trong ${number(unit.documentCount)} kế hoạch · tình trạng tính đến ngày ${result.today.split("-").reverse().join("/")}`),
    downloads(`/api/units/${encodeURIComponent(id)}/tasks`, {}, `nhiem-vu-${id}`),
    taskList(result.tasks));
  return { element, title: unit.name };
}
