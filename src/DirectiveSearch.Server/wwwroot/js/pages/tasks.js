// Nhiệm vụ: the tasks of every plan, filtered by unit, directive, due dates and status; every filter is in the address.
import { compact, getJson } from "../api.js";
import { h, withParams } from "../dom.js";
import { downloads, statusLabels, summary, taskList } from "./task-list.js";

const fields = ["unit", "directive", "due_after", "due_before", "status"];

export async function render({ params }) {
  const query = compact(Object.fromEntries(fields.map((f) => [f, params.get(f)])));
  const result = await getJson("/api/tasks", query);
  const inputs = {
    unit: h("input", { name: "unit", value: query.unit ?? "", placeholder: "mã đơn vị" }),
    directive: h("input", { name: "directive", value: query.directive ?? "", placeholder: "KL 21" }),
    due_after: h("input", { type: "date", name: "due_after", value: query.due_after ?? "" }),
    due_before: h("input", { type: "date", name: "due_before", value: query.due_before ?? "" }),
    status: h("select", { name: "status" }, h("option", { value: "" }, "Mọi tình trạng"),
      Object.entries(statusLabels).map(([value, label]) => h("option", { value, selected: value === query.status }, label))),
  };
  const form = h("form", { class: "task-filters graph-controls", onsubmit: (event) => {
    event.preventDefault();
    const changes = Object.fromEntries(fields.map((f) => [f, inputs[f].value.trim()]));
    window.directiveSearch.navigate(withParams("/tasks", {}, changes));
  } },
    h("label", {}, "Đơn vị", inputs.unit),
    h("label", {}, "Văn bản chỉ đạo", inputs.directive),
    h("label", {}, "Hạn từ", inputs.due_after),
    h("label", {}, "Hạn đến", inputs.due_before),
    h("label", {}, "Tình trạng", inputs.status),
    h("button", { type: "submit" }, "Lọc"));
  const overdue = result.tasks.filter((t) => t.status === "overdue").length;
  const element = h("article", { class: "tasks-page" },
    h("h1", {}, "Nhiệm vụ được giao"),
    form,
    summary(result.total, overdue),
    downloads("/api/tasks", query, "nhiem-vu"),
    taskList(result.tasks));
  return { element, title: "Nhiệm vụ" };
}
