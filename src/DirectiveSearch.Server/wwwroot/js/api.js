// The HTTP API, with its problems turned into Vietnamese messages a cadre can act on.

export class ApiError extends Error {
  constructor(message, status, problem) {
    super(message);
    this.status = status;
    this.problem = problem;
  }
}

export async function getJson(path, params) {
  const url = params ? `${path}?${new URLSearchParams(params)}` : path;
  let response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" } });
  } catch {
    throw new ApiError("Không kết nối được máy chủ. Vui lòng thử lại.", 0, null);
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(message(response.status, body), response.status, body);
  return body;
}

function message(status, problem) {
  if (status === 404 && problem?.removed) return "Văn bản này đã bị xóa khỏi cơ sở dữ liệu; đường dẫn không còn dẫn tới văn bản nào.";
  if (status === 404) return "Không tìm thấy văn bản này.";
  if (status === 409) return "Ký hiệu này ứng với nhiều văn bản; hãy chọn một văn bản cụ thể.";
  if (status === 400) return `Yêu cầu không hợp lệ${problem?.parameter ? ` (tham số “${problem.parameter}”)` : ""}.`;
  if (status === 429) return "Máy chủ đang bận; vui lòng thử lại sau giây lát.";
  return "Máy chủ gặp lỗi; vui lòng thử lại.";
}

/** Query parameters without the empty ones. */
export function compact(params) {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== ""));
}
