// "Nhiệm vụ được giao" on a directive's page: the tasks assigned under it, grouped by lead unit.
import { getJson } from "../api.js";
import { h, number } from "../dom.js";
import { downloads, taskItem, unitHref } from "./task-list.js";

export async function tasksSection(directiveId) {
  const result = await getJson("/api/tasks", { directive: directiveId });
  const groups = new Map();
  for (const task of result.tasks) {
    const key = task.lead[0]?.id ?? "";
    if (!groups.has(key)) groups.set(key, { unit: task.lead[0] ?? null, tasks: [] });
    groups.get(key).tasks.push(task);
  }
  return h("section", { class: "directive-tasks" },
    h("h2", {}, `Nhiệm vụ được giao (${number(result.total)})`),
    result.total ? downloads("/api/tasks", { directive: directiveId }, `nhiem-vu-${directiveId}`) : h("p", { class: "muted" }, "Chưa kế hoạch nào trong kho giao nhiệm vụ thực hiện văn bản này."),
    [...groups.values()].map((group) => h("div", { class: "task-group" },
      h("h3", {}, group.unit ? h("a", { href: unitHref(group.unit.id) }, group.unit.name) : "Chưa rõ đơn vị", ` (${number(group.tasks.length)})`),
      h("ol", { class: "tasks" }, group.tasks.map(taskItem)))));
}
