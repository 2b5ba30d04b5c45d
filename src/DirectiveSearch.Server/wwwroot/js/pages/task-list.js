// One list of tasks, as the unit page, the task list and the directive page show it: by deadline, with the
// status at today's date ("quá hạn" marked), the lead and supporting units, the exact words and their plan.
import { date, directiveHref, documentHref, h, number } from "../dom.js";

export const statusLabels = {
  overdue: "quá hạn",
  "due-soon": "sắp đến hạn",
  open: "còn hạn",
  ongoing: "thường xuyên",
  "no-deadline": "không nêu hạn",
};

export function unitHref(id) {
  return `/units/${encodeURIComponent(id)}`;
}

/** "III.5" → the document page's anchor of that section. */
export function sectionHref(documentId, section) {
  const base = documentHref(documentId);
  return section ? `${base}#muc-${section.replaceAll(".", "-").replaceAll("/", "-")}` : base;
}

export function statusBadge(status) {
  return h("span", { class: `task-status ${status}`, "data-status": status }, statusLabels[status] ?? status);
}

function units(list) {
  return list.map((u, k) => [k ? ", " : "", h("a", { href: unitHref(u.id) }, u.name)]);
}

export function taskItem(task) {
  return h("li", { class: `task panel ${task.status}`, "data-id": task.id, "data-status": task.status },
    h("div", { class: "task-head" },
      statusBadge(task.status), " ",
      h("strong", { class: "task-due" }, task.due ? date(task.due) : (task.deadlineText ?? "Không nêu thời hạn")),
      task.due && task.deadlineText ? h("span", { class: "muted" }, ` (${task.deadlineText})`) : null),
    h("div", {}, "Chủ trì: ", task.lead.length ? units(task.lead) : h("em", {}, "chưa rõ đơn vị")),
    task.supporting.length ? h("div", {}, "Phối hợp: ", units(task.supporting)) : null,
    h("blockquote", { class: "task-text" }, task.text),
    h("div", { class: "muted" },
      "Nguồn: ", h("a", { href: sectionHref(task.documentId, task.section) }, task.citation),
      task.directives.length ? [" · Phục vụ: ", task.directives.map((d, k) => [k ? ", " : "", h("a", { href: directiveHref(d) }, d)])] : null));
}

export function taskList(tasks) {
  if (!tasks.length) return h("p", { class: "muted" }, "Không có nhiệm vụ nào.");
  return h("ol", { class: "tasks" }, tasks.map(taskItem));
}

/** Links to the same tasks as a CSV (Excel) and an iCalendar file. */
export function downloads(apiPath, params, name) {
  const query = (format) => `${apiPath}?${new URLSearchParams({ ...params, format })}`;
  return h("p", { class: "downloads" },
    h("a", { href: query("csv"), download: `${name}.csv`, "data-download": "csv" }, "Tải CSV (Excel)"), " · ",
    h("a", { href: query("ics"), download: `${name}.ics`, "data-download": "ics" }, "Tải lịch hạn (ICS)"));
}

export function summary(total, overdue) {
  return h("p", { class: "task-summary" }, `${number(total)} nhiệm vụ`, overdue ? [" · ", h("span", { class: "task-status overdue" }, `${number(overdue)} quá hạn`)] : null);
}
