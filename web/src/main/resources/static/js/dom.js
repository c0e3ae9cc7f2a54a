// Small DOM helpers. Every string from the server reaches the page through textContent or an
// attribute, never through innerHTML, so a player called "<img onerror=...>" stays plain text.

/**
 * Creates an element. attrs: plain attributes, except "text" (textContent), "dataset" (data-*),
 * "on" (event listeners) and "hidden" (boolean). Children may be nodes, strings or null.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "text") node.textContent = String(value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "on") for (const [type, fn] of Object.entries(value)) node.addEventListener(type, fn);
    else if (key === "hidden") node.hidden = Boolean(value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces all children of a node. */
export function replaceChildren(node, ...children) {
  node.replaceChildren(...children.filter((c) => c !== null && c !== undefined && c !== false));
}

/** Shows or hides an element with the hidden attribute. */
export function show(node, visible) {
  node.hidden = !visible;
}

/** Sets the text of an element found by id. */
export function setText(id, text) {
  const node = document.getElementById(id);
  if (node) node.textContent = text;
  return node;
}

/** Formats an ISO-8601 instant for people; falls back to the raw string. */
export function formatTime(iso, withDate = false) {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return withDate ? date.toLocaleString() : date.toLocaleTimeString();
}

/** Formats how long ago an instant was, e.g. "3 min ago". */
export function timeAgo(iso) {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return "";
  const seconds = Math.max(0, Math.round((Date.now() - date.getTime()) / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return date.toLocaleDateString();
}

/**
 * Scrolls `container` (a box with its own scroll bar) so that `child` is in sight, centred when `center`.
 * Unlike scrollIntoView it never scrolls the page: a move arriving must not pull a phone's view off the board.
 */
export function scrollWithin(container, child, center = false) {
  const box = container.getBoundingClientRect();
  const item = child.getBoundingClientRect();
  const above = item.top - box.top;
  const below = item.bottom - box.bottom;
  if (center) container.scrollTop += above - (container.clientHeight - item.height) / 2;
  else if (above < 0) container.scrollTop += above;
  else if (below > 0) container.scrollTop += below;
}
