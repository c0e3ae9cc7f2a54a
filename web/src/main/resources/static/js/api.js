// Client for the game-server HTTP API (issue 6). Errors arrive as application/problem+json with a
// stable "code"; this module turns every failure, the network included, into an ApiError.

/** An API failure: HTTP status (0 when the server could not be reached), code, title and detail. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.code = problem.code || (status === 0 ? "network-error" : `http-${status}`);
    this.title = problem.title || "";
    this.detail = problem.detail || "";
  }
}

/** Short headlines per error code; the server's detail is always shown after them. */
const HEADLINES = {
  "malformed-request": "The request was not understood",
  "unauthorized": "You do not hold a seat in this game (or your seat token is no longer valid)",
  "game-not-found": "No such game",
  "not-your-turn": "It is not your turn",
  "game-not-active": "The game is not in progress",
  "game-full": "Both seats are taken",
  "already-seated": "You already have a seat in this game",
  "no-draw-offer": "There is no draw offer to answer",
  "draw-already-offered": "A draw offer is already pending",
  "own-draw-offer": "You cannot answer your own draw offer",
  "draw-offer-needs-a-move": "You have offered a draw since your last move: make a move first",
  "game-too-long": "This game has reached its limit of events: only resigning is possible",
  "out-of-time": "Your time ran out before the move arrived",
  "too-many-requests": "Too many games created or joined from here; try again in a minute",
  "too-many-streams": "Too many live views are open from here; close some tabs",
  "too-many-computer-games": "Too many unfinished games against the computer from here",
  "version-conflict": "Someone else changed the game at the same moment; try again",
  "version-mismatch": "The game changed in the meantime; try again",
  "illegal-move": "Illegal move",
  "invalid-position": "That position breaks the rules of chess",
  "draw-claim-not-available": "No draw can be claimed now",
  "network-error": "Cannot reach the server",
};

/**
 * One line for the user: headline for the code plus the server's detail. `headlines` may give
 * better headlines for the request at hand (a move, a start position) than the general ones.
 */
export function describeError(error, headlines = {}) {
  if (!(error instanceof ApiError)) return String(error && error.message ? error.message : error);
  const headline = headlines[error.code] || HEADLINES[error.code] || error.title || `Error ${error.status}`;
  const detail = error.detail && error.detail !== headline ? error.detail : "";
  return detail ? `${headline}: ${detail}` : headline;
}

async function readBody(response) {
  const type = response.headers.get("Content-Type") || "";
  const text = await response.text();
  if (!text) return null;
  if (type.includes("json")) {
    try {
      return JSON.parse(text);
    } catch {
      return { detail: text };
    }
  }
  return text;
}

/**
 * Sends one request. options: body (sent as JSON), token (Bearer), ifMatch (a version number).
 * Resolves to {status, data, headers}; rejects with ApiError.
 */
export async function request(method, path, options = {}) {
  const headers = { Accept: "application/json, application/problem+json" };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.ifMatch !== undefined && options.ifMatch !== null) headers["If-Match"] = `"${options.ifMatch}"`;
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      cache: "no-store",
    });
  } catch (cause) {
    throw new ApiError(0, { code: "network-error", detail: "the connection failed; check that the server is running" });
  }
  const data = await readBody(response);
  if (!response.ok) {
    const problem = data && typeof data === "object" ? data : { detail: typeof data === "string" ? data.slice(0, 200) : "" };
    throw new ApiError(response.status, problem);
  }
  return { status: response.status, data, headers: response.headers };
}

/** A fresh client command id; commands retried with the same id are applied once. */
export function newCommandId() {
  if (globalThis.crypto && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends a command (POST with the seat token) and retries it with the same commandId when the
 * network failed or the server was briefly unavailable: the server applies it at most once.
 */
export async function command(path, token, body = {}, options = {}) {
  const payload = { ...body, commandId: body.commandId || newCommandId() };
  const delays = [400, 1200];
  for (let attempt = 0; ; attempt++) {
    try {
      return (await request("POST", path, { body: payload, token, ifMatch: options.ifMatch })).data;
    } catch (error) {
      const transient = error instanceof ApiError && (error.status === 0 || error.status === 502 || error.status === 503);
      if (!transient || attempt >= delays.length) throw error;
      await sleep(delays[attempt]);
    }
  }
}

const enc = encodeURIComponent;

/** The API's resources, one function each. */
export const Api = {
  info: async () => (await request("GET", "/api/info")).data,
  lobby: async (status, limit = 20) => (await request("GET", `/api/games?status=${enc(status)}&limit=${limit}`)).data,
  createGame: async (body) => (await request("POST", "/api/games", { body })).data,
  join: async (gameId, playerName) =>
    (await request("POST", `/api/games/${enc(gameId)}/players`, { body: playerName ? { playerName } : {} })).data,
  game: async (gameId) => (await request("GET", `/api/games/${enc(gameId)}`)).data,
  gameAt: async (gameId, version) => (await request("GET", `/api/games/${enc(gameId)}?atVersion=${version}`)).data,
  /** Up to `limit` events after version `after` (all of them without arguments). */
  events: async (gameId, after = 0, limit = 1000) =>
    (await request("GET", `/api/games/${enc(gameId)}/events?after=${after}&limit=${limit}`)).data,
  move: (gameId, token, move) => command(`/api/games/${enc(gameId)}/moves`, token, { move }),
  act: (gameId, token, action) => command(`/api/games/${enc(gameId)}/${action}`, token),
  pgnUrl: (gameId) => `/api/games/${enc(gameId)}/pgn`,
  streamUrl: (gameId) => `/api/games/${enc(gameId)}/stream`,
};

// ---- seats, kept per game in localStorage --------------------------------------------------------

const SEAT_PREFIX = "eschess.seat.";
const NAME_KEY = "eschess.playerName";

/** The seat held in this browser for a game: {token, color, name} or null. */
export function loadSeat(gameId) {
  try {
    const raw = localStorage.getItem(SEAT_PREFIX + gameId);
    if (!raw) return null;
    const seat = JSON.parse(raw);
    return seat && typeof seat.token === "string" && (seat.color === "white" || seat.color === "black") ? seat : null;
  } catch {
    return null;
  }
}

/** Remembers the seat from a create or join response. */
export function saveSeat(gameId, response, name) {
  const seat = { token: response.playerToken, color: response.color, name: name || "" };
  try {
    localStorage.setItem(SEAT_PREFIX + gameId, JSON.stringify(seat));
  } catch {
    // storage disabled (private mode): the seat lasts as long as the page
  }
  return seat;
}

/** Forgets a seat whose token the server no longer accepts. */
export function forgetSeat(gameId) {
  try {
    localStorage.removeItem(SEAT_PREFIX + gameId);
  } catch {
    // nothing stored
  }
}

export function loadPlayerName() {
  try {
    return localStorage.getItem(NAME_KEY) || "";
  } catch {
    return "";
  }
}

export function savePlayerName(name) {
  try {
    localStorage.setItem(NAME_KEY, name);
  } catch {
    // ignore
  }
}

/** The absolute link that opens a game; the second player joins from it. */
export function gameLink(gameId) {
  return new URL(`/game.html?id=${enc(gameId)}`, window.location.origin).href;
}
