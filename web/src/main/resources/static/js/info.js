// The badge naming the engine behind the page, from GET /api/info.
import { Api } from "./api.js";

/** Fills the badge element; failures leave a neutral "unknown" badge. */
export async function showInfoBadge(badge) {
  try {
    const info = await Api.info();
    const parts = [info.variant, info.eventStore, info.version].filter(Boolean).map(String);
    badge.textContent = parts.join(" · ");
    badge.dataset.variant = String(info.variant || "");
    badge.dataset.eventStore = String(info.eventStore || "");
    badge.title = `Variant ${info.variant || "?"}, event store ${info.eventStore || "?"}, version ${info.version || "?"}`;
    badge.setAttribute("aria-label", `Served by the ${info.variant || "unknown"} variant, event store ${info.eventStore || "unknown"}`);
  } catch {
    badge.textContent = "variant unknown";
    badge.dataset.variant = "";
  }
}
