// The game page: board, moves, commands, the live SSE stream and the event-sourcing panel.
import {
  Api,
  ApiError,
  describeError,
  loadSeat,
  saveSeat,
  forgetSeat,
  loadPlayerName,
  savePlayerName,
  gameLink,
} from "./api.js";
import { el, replaceChildren, show, formatTime, scrollWithin } from "./dom.js";
import { kingSquare, opposite, capitalize, describeResult, describeClaim } from "./chess.js";
import { GameBoard } from "./board.js";
import { ChessClocks } from "./clock.js";
import { showInfoBadge } from "./info.js";

const $ = (id) => document.getElementById(id);
const root = $("game-root");

function readGameId() {
  const fromQuery = new URLSearchParams(window.location.search).get("id");
  if (fromQuery) return fromQuery;
  const fromHash = window.location.hash.match(/^#\/games\/([^/?#]+)/);
  return fromHash ? decodeURIComponent(fromHash[1]) : null;
}

const gameId = readGameId();

const state = {
  live: null, // the newest GameView
  replay: null, // a GameView from ?atVersion=N while the slider is not at the end
  replayWanted: null, // the version the slider was moved to, before (and while) its view is fetched; null when live
  eventsToEnd: true, // scroll the event panel to its newest event at the next rendering
  seat: gameId ? loadSeat(gameId) : null,
  events: [],
  flipped: false,
  busy: false,
  renderedVersion: null, // the version the board shows, to animate single moves only
  notFound: false,
};

const myColor = () => (state.seat ? state.seat.color : null);

/** The colour the computer plays in this game ({name, computer: {level}} in the view), or null. */
function computerColor(view) {
  for (const color of ["white", "black"]) if (view[color] && view[color].computer) return color;
  return null;
}

/** Whether the computer owes a reply: an active game in which it is to move or the person's draw offer waits. */
function computerThinking(view) {
  const computer = computerColor(view);
  if (computer === null || view.status !== "active") return false;
  return view.turn === computer || (Boolean(view.drawOffer) && view.drawOffer !== computer);
}

// ---- messages ---------------------------------------------------------------------------------------

function showError(error, headlines = {}) {
  const box = $("error");
  box.textContent = describeError(error, headlines);
  box.dataset.errorCode = error instanceof ApiError ? error.code : "client-error";
  box.dataset.status = error instanceof ApiError ? String(error.status) : "";
  show(box, true);
}

function clearError() {
  const box = $("error");
  box.textContent = "";
  delete box.dataset.errorCode;
  show(box, false);
}

function announce(text) {
  const node = $("announcer");
  node.textContent = "";
  setTimeout(() => (node.textContent = text), 50);
}

function setConnection(stateName, text) {
  const node = $("connection");
  node.dataset.state = stateName;
  node.textContent = text;
}

// ---- board ---------------------------------------------------------------------------------------------

const board = new GameBoard($("board"), {
  onMove: (uci) => setTimeout(() => sendMove(uci, true), 0),
  onRejected: (uci) =>
    showError(new ApiError(422, { code: "illegal-move", detail: `${uci.slice(0, 2)}-${uci.slice(2, 4)} is not a legal move here` })),
});

// ---- clocks ------------------------------------------------------------------------------------------------

const clockNode = (color) =>
  el("span", {
    id: `clock-${color}`,
    class: "clock",
    role: "timer",
    "aria-label": `${capitalize(color)}'s clock`,
    dataset: { color },
    "data-test": `clock-${color}`,
    hidden: true,
  });

/** How long a clock may stand at zero here before the page asks the server instead of waiting for the stream. */
const FLAG_GRACE_MS = 2000;
let flagCheckTimer = null;
let flagCheckedVersion = null;

const clocks = new ChessClocks(
  { white: clockNode("white"), black: clockNode("black") },
  {
    // The server ends the game by itself and the stream brings the news; should that view be lost, one read per
    // version fetches it. Stopping at zero without a request keeps a page from polling a server that is behind.
    onZero: () => {
      const version = state.live ? state.live.version : null;
      if (version === null || flagCheckedVersion === version) return;
      flagCheckedVersion = version;
      clearTimeout(flagCheckTimer);
      flagCheckTimer = setTimeout(() => {
        if (state.live && state.live.version === version && state.live.status === "active") catchUp();
      }, FLAG_GRACE_MS);
    },
    onLow: (color, ms) => {
      if (color === myColor()) announce(`Your clock is low: ${Math.ceil(ms / 1000)} seconds left.`);
    },
  },
);

// ---- rendering -----------------------------------------------------------------------------------------

function playerBar(node, color, view) {
  const player = view[color];
  const me = myColor() === color;
  const toMove = view.status === "active" && view.turn === color;
  node.dataset.color = color;
  node.classList.toggle("to-move", toMove);
  replaceChildren(
    node,
    el("span", { class: `swatch ${color}`, "aria-hidden": "true" }),
    el("span", {
      class: "player-name",
      title: player ? player.name || "Anonymous" : null,
      text: player ? player.name || "Anonymous" : "waiting for a player…",
    }),
    player && player.computer
      ? el("span", {
          class: "computer-badge",
          "data-test": `computer-${color}`,
          title: `The computer plays ${color} at level ${player.computer.level}`,
          text: `computer · level ${player.computer.level}`,
        })
      : null,
    el("span", { class: "muted", text: `${color}${me ? " · you" : ""}` }),
    toMove ? el("span", { class: "turn-dot", text: "to move" }) : null,
    clocks.present && clocks.nodes[color].dataset.flagged === "true"
      ? el("span", { class: "time-out", "data-test": `time-out-${color}`, text: "time out" })
      : null,
    // The clocks always tell the live game's time, also while an earlier position is replayed.
    clocks.present ? clocks.nodes[color] : null,
  );
}

function statusText(view, replaying) {
  const me = myColor();
  let text;
  switch (view.status) {
    case "waiting":
      text = me ? "Waiting for an opponent. Share the link below." : "Waiting for an opponent. A seat is free.";
      break;
    case "active": {
      text = `${capitalize(view.turn)} to move`;
      if (view.check) text += ", check!";
      const computer = computerColor(view);
      if (!replaying && me) {
        if (view.turn === me) text += " – your move.";
        else text += view.turn === computer ? " – the computer is thinking." : " – waiting for your opponent.";
      } else text += view.check ? "" : ".";
      if (view.drawOffer) {
        text += view.drawOffer === me ? " You offered a draw." : ` ${capitalize(view.drawOffer)} offers a draw.`;
        if (!replaying && computer !== null && view.drawOffer !== computer) text += " The computer is considering it.";
      }
      if (!replaying && view.claimableDraw && view.turn === me) text += ` You may claim a draw by ${describeClaim(view.claimableDraw)}.`;
      if (view.clock && !view.clock.running) text += " The clocks start with the first move.";
      break;
    }
    case "finished":
      text = describeResult(view.result, view.reason);
      break;
    default:
      text = "";
  }
  return replaying ? `Replay after ${view.version} event${view.version === 1 ? "" : "s"}: ${text}` : text;
}

function moveNumbering(view) {
  const fields = typeof view.startFen === "string" ? view.startFen.split(" ") : [];
  const fullmove = Number(fields[5]) || 1;
  const blackFirst = fields[1] === "b";
  return { fullmove, blackFirst };
}

function renderMoves(view) {
  const list = $("move-list");
  const { fullmove, blackFirst } = moveNumbering(view);
  const sans = view.moves || [];
  const items = [];
  let number = fullmove;
  let i = 0;
  const sanSpan = (ply) =>
    el("span", {
      class: `san${ply === sans.length ? " current" : ""}`,
      dataset: { ply: String(ply) },
      "aria-current": ply === sans.length ? "step" : null,
      text: sans[ply - 1],
    });
  if (blackFirst && sans.length > 0) {
    items.push(el("li", { value: String(number) }, el("span", { class: "san placeholder", text: "…" }), sanSpan(1)));
    i = 1;
    number++;
  }
  for (; i < sans.length; i += 2, number++) {
    items.push(el("li", { value: String(number) }, sanSpan(i + 1), i + 1 < sans.length ? sanSpan(i + 2) : null));
  }
  if (items.length === 0) items.push(el("li", { class: "empty muted", text: "No moves yet." }));
  replaceChildren(list, ...items);
  list.dataset.count = String(sans.length);
  const current = list.querySelector(".san.current");
  if (current) scrollWithin(list, current);
}

function renderEvents() {
  const body = $("events-body");
  const upTo = state.replay ? state.replay.version : Number.POSITIVE_INFINITY;
  const rows = state.events.map((event) =>
    el(
      "tr",
      {
        role: "row", // explicit roles: narrow screens lay the rows out as grids, which drops the implicit ones
        dataset: { version: String(event.version), type: String(event.type) },
        class: event.version > upTo ? "future" : event.version === upTo ? "current" : "",
      },
      el("td", { role: "cell", class: "event-version", text: String(event.version) }),
      el("td", { role: "cell", class: "event-type", text: String(event.type) }),
      el("td", { role: "cell", class: "event-time", text: formatTime(event.occurredAt), title: String(event.occurredAt || "") }),
      el("td", { role: "cell", class: "event-data" }, el("code", { text: JSON.stringify(event.data ?? {}) })),
    ),
  );
  const scroller = body.closest(".events-scroll");
  const atBottom = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 8;
  replaceChildren(body, ...rows);
  $("events-table").dataset.count = String(state.events.length);
  // Keep the replayed event in sight while replaying. While live, follow the newest event only if the reader was
  // at the end (or just came back to live): someone reading an older event is not pulled away by every move.
  const current = body.querySelector("tr.current");
  if (current) {
    scrollWithin(scroller, current, true);
  } else if (atBottom || state.eventsToEnd) {
    scroller.scrollTop = scroller.scrollHeight;
  }
  state.eventsToEnd = false;
}

function render() {
  const live = state.live;
  if (!live) return;
  const view = state.replay || live;
  const replaying = state.replay !== null;
  const me = myColor();

  root.dataset.status = live.status;
  root.dataset.result = live.result || "";
  root.dataset.reason = live.reason || "";
  root.dataset.version = String(live.version);
  root.dataset.turn = live.turn || "";
  root.dataset.seat = me || "spectator";
  root.dataset.computer = computerColor(live) || "";
  // Always the live game: the computer thinks about the game now, also while an earlier position is replayed.
  const thinking = computerThinking(live);
  root.dataset.thinking = String(thinking);
  show($("thinking"), thinking);
  root.dataset.replay = replaying ? String(view.version) : "";

  const baseOrientation = me === "black" ? "black" : "white";
  const orientation = state.flipped ? opposite(baseOrientation) : baseOrientation;
  const canMove = !replaying && me !== null && live.status === "active" && live.turn === me;
  // While a command is under way the board keeps the player's own (optimistic) move on screen.
  if (!state.busy) {
    const jump = state.renderedVersion !== null && Math.abs(view.version - state.renderedVersion) > 3;
    state.renderedVersion = view.version;
    board.show({
      jump,
      fen: view.fen,
      orientation,
      lastMove: view.lastMove || null,
      checkSquare: view.check ? kingSquare(view.fen, view.turn) : null,
      inputColor: canMove ? me : null,
      legalMoves: canMove ? live.legalMoves || [] : [],
    });
  }

  playerBar($("player-top"), opposite(orientation), view);
  playerBar($("player-bottom"), orientation, view);
  $("status").textContent = statusText(view, replaying);
  renderMoves(view);

  const seatedActive = !replaying && me !== null && live.status === "active";
  const opponentOffer = live.drawOffer !== null && live.drawOffer !== undefined && live.drawOffer !== me;
  const offeredSinceMove = (live.offeredSinceOwnMove || []).includes(me);
  show($("btn-offer-draw"), seatedActive && !live.drawOffer && !offeredSinceMove);
  show($("btn-accept-draw"), seatedActive && opponentOffer);
  show($("btn-decline-draw"), seatedActive && opponentOffer);
  show($("btn-claim-draw"), seatedActive && Boolean(live.claimableDraw) && live.turn === me);
  $("btn-claim-draw").textContent = live.claimableDraw ? `Claim draw (${describeClaim(live.claimableDraw)})` : "Claim draw";
  show($("btn-resign"), seatedActive);
  show($("btn-abort"), !replaying && me !== null && live.status === "waiting");
  for (const button of $("actions").querySelectorAll("button:not(#btn-flip)")) button.disabled = state.busy;

  show($("move-form"), me !== null && live.status === "active");
  $("move-input").disabled = replaying || state.busy;
  $("move-submit").disabled = replaying || state.busy;

  show($("join-form"), me === null && live.status === "waiting");
  $("join-prompt").textContent = `Join as ${live.white ? "black" : "white"} to play:`;
  show($("share"), me !== null && live.status === "waiting");

  const slider = $("replay-slider");
  slider.max = String(live.version);
  slider.value = String(state.replayWanted ?? live.version);
  slider.setAttribute("aria-valuetext", `after ${slider.value} of ${live.version} events`);
  $("replay-value").textContent = slider.value;
  show($("btn-live"), replaying);
  show($("replay-banner"), replaying);
  $("replay-banner").textContent = replaying ? `Replay: version ${view.version} of ${live.version} (read-only)` : "";
  root.classList.toggle("replaying", replaying);
  renderEvents();
}

// ---- live updates --------------------------------------------------------------------------------------

function applyView(view) {
  if (!view || typeof view !== "object" || typeof view.version !== "number") return;
  if (view.gameId && String(view.gameId) !== gameId) return;
  const previous = state.live;
  if (previous && view.version < previous.version) return; // an older view arriving late
  state.live = view;
  clocks.sync(view); // every view, also one of the same version: its times are newer
  if (previous && view.moves && previous.moves && view.moves.length > previous.moves.length) {
    const mover = capitalize(opposite(view.turn));
    announce(`${mover} played ${view.moves[view.moves.length - 1]}.`);
  }
  if (previous && previous.status !== "finished" && view.status === "finished") announce(describeResult(view.result, view.reason));
  render();
  if (!previous || previous.version !== view.version || state.events.length !== view.version) refreshEvents();
}

let eventsInFlight = false;
let eventsAgain = false;
async function refreshEvents() {
  if (eventsInFlight) {
    eventsAgain = true;
    return;
  }
  eventsInFlight = true;
  try {
    // Only the events after the last one held: a long game is not read again on every move. A page shorter
    // than asked for is the end of the stream; a gap (versions not continuing the list) starts over.
    const PAGE = 1000;
    let held = state.events;
    for (;;) {
      const after = held.length;
      const page = await Api.events(gameId, after, PAGE);
      const fresh = Array.isArray(page) ? page : [];
      if (fresh.length > 0 && fresh[0].version !== after + 1) {
        held = [];
        continue;
      }
      held = held.concat(fresh);
      if (fresh.length < PAGE) break;
    }
    state.events = held;
    show($("events-stale"), false);
    render();
  } catch {
    // The panel keeps what it had and says so; the next change (or reconnect) reads again.
    show($("events-stale"), true);
  } finally {
    eventsInFlight = false;
    if (eventsAgain) {
      eventsAgain = false;
      refreshEvents();
    }
  }
}

async function catchUp() {
  try {
    applyView(await Api.game(gameId));
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.code === "game-not-found") {
      state.notFound = true;
      root.dataset.status = "not-found";
      $("status").textContent = "This game does not exist.";
      setConnection("closed", "offline");
    }
    showError(error);
    return false;
  }
}

let source = null;
let attempt = 0;
let reconnectTimer = null;
let openedAt = 0;
/** A stream that stayed open this long counts as healthy again: its next failure retries quickly. */
const HEALTHY_STREAM_MS = 5000;

function connect() {
  clearTimeout(reconnectTimer);
  if (source) source.close();
  setConnection("connecting", "connecting…");
  source = new EventSource(Api.streamUrl(gameId));
  const onView = (message) => {
    setConnection("live", "live");
    try {
      applyView(JSON.parse(message.data));
    } catch {
      // not a GameView (e.g. a comment the browser passed on); ignore
    }
  };
  source.addEventListener("message", onView);
  source.addEventListener("game", onView);
  source.onopen = () => {
    openedAt = Date.now();
    setConnection("live", "live");
  };
  source.onerror = () => {
    // Take over from EventSource's own retry so that the delay grows and the page catches up. The delay starts
    // small again only after a stream that lived a while, so a stream cut right after its first view backs off.
    source.close();
    source = null;
    if (openedAt > 0 && Date.now() - openedAt >= HEALTHY_STREAM_MS) attempt = 0;
    openedAt = 0;
    if (state.live && state.live.status === "finished") {
      // Nothing more can happen to a finished game; one last read makes sure we saw its end.
      setConnection("closed", "game over");
      catchUp();
      return;
    }
    const delay = Math.min(10000, 500 * 2 ** attempt) + Math.floor(Math.random() * 300);
    attempt++;
    setConnection("reconnecting", `reconnecting in ${Math.ceil(delay / 1000)} s…`);
    reconnectTimer = setTimeout(reconnectNow, delay);
  };
}

async function reconnectNow() {
  clearTimeout(reconnectTimer);
  if (await catchUp()) clearError();
  if (!state.notFound) connect();
}

// ---- commands ------------------------------------------------------------------------------------------

async function runCommand(send, headlines = {}) {
  if (!state.seat || state.busy) {
    board.reset();
    return false;
  }
  state.busy = true;
  render();
  try {
    const view = await send(state.seat.token);
    clearError();
    state.busy = false;
    applyView(view);
    return true;
  } catch (error) {
    showError(error, headlines);
    if (error instanceof ApiError && error.code === "unauthorized") {
      forgetSeat(gameId);
      state.seat = null;
    }
    board.reset();
    if (error instanceof ApiError && (error.status === 409 || error.status === 412)) catchUp();
    return false;
  } finally {
    state.busy = false;
    render();
  }
}

async function sendMove(text, fromBoard = false) {
  const move = text.trim();
  if (!move) return;
  const ok = await runCommand((token) => Api.move(gameId, token, move), {
    "malformed-request": "Not a move in SAN or UCI",
  });
  if (ok && !fromBoard) $("move-input").value = "";
  if (!fromBoard) $("move-input").focus();
}

const act = (action) => () => runCommand((token) => Api.act(gameId, token, action));

// Resigning takes two clicks (no modal dialog, so keyboard and browser tests stay simple).
let resignArmedTimer = null;
function resignClicked() {
  const button = $("btn-resign");
  if (button.dataset.armed === "true") {
    disarmResign();
    act("resign")();
    return;
  }
  button.dataset.armed = "true";
  button.textContent = "Click again to resign";
  resignArmedTimer = setTimeout(disarmResign, 4000);
}
function disarmResign() {
  clearTimeout(resignArmedTimer);
  const button = $("btn-resign");
  button.dataset.armed = "false";
  button.textContent = "Resign";
}

async function joinGame(event) {
  event.preventDefault();
  const name = $("join-name").value.trim();
  savePlayerName(name);
  $("btn-join").disabled = true;
  try {
    const response = await Api.join(gameId, name);
    state.seat = saveSeat(gameId, response, name);
    clearError();
    applyView(response.game);
    render();
    announce(`You joined as ${response.color}.`);
  } catch (error) {
    showError(error);
    catchUp();
  } finally {
    $("btn-join").disabled = false;
  }
}

// ---- replay --------------------------------------------------------------------------------------------

let replayTimer = null;
let replayRequest = 0;

function onSlider() {
  if (!state.live) return;
  const slider = $("replay-slider");
  const version = Number(slider.value);
  // Remember the choice at once: a move arriving during the debounce or the fetch re-renders the slider.
  state.replayWanted = version >= state.live.version ? null : version;
  $("replay-value").textContent = slider.value;
  clearTimeout(replayTimer);
  replayTimer = setTimeout(() => (state.replayWanted === null ? backToLive() : replayTo(state.replayWanted)), 120);
}

async function replayTo(version) {
  if (!state.live) return;
  const request = ++replayRequest;
  try {
    const view = await Api.gameAt(gameId, version);
    if (request !== replayRequest) return;
    state.replay = view;
    render();
  } catch (error) {
    showError(error);
  }
}

function backToLive() {
  replayRequest++;
  state.replayWanted = null;
  state.replay = null;
  state.eventsToEnd = true;
  render();
}

// ---- start ---------------------------------------------------------------------------------------------

function init() {
  showInfoBadge($("info-badge"));
  if (!gameId) {
    root.dataset.status = "not-found";
    $("status").textContent = "No game id in the address. Go back to the lobby to pick a game.";
    setConnection("closed", "offline");
    return;
  }
  document.title = `eschess – game ${gameId}`;
  const pgn = $("pgn-link");
  pgn.href = Api.pgnUrl(gameId);
  pgn.setAttribute("download", `eschess-${gameId}.pgn`);
  $("share-link").value = gameLink(gameId);
  $("join-name").value = loadPlayerName();

  $("move-form").addEventListener("submit", (event) => {
    event.preventDefault();
    sendMove($("move-input").value);
  });
  $("btn-offer-draw").addEventListener("click", act("draw-offer"));
  $("btn-accept-draw").addEventListener("click", act("draw-accept"));
  $("btn-decline-draw").addEventListener("click", act("draw-decline"));
  $("btn-claim-draw").addEventListener("click", act("draw-claim"));
  $("btn-resign").addEventListener("click", resignClicked);
  $("btn-abort").addEventListener("click", act("abort"));
  $("btn-flip").addEventListener("click", () => {
    state.flipped = !state.flipped;
    $("btn-flip").setAttribute("aria-pressed", String(state.flipped));
    render();
  });
  $("join-form").addEventListener("submit", joinGame);
  $("copy-link").addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText($("share-link").value);
      $("copy-link").textContent = "Copied";
    } catch {
      $("share-link").select();
    }
  });
  $("replay-slider").addEventListener("input", onSlider);
  $("btn-live").addEventListener("click", () => {
    backToLive();
    $("replay-slider").focus();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && state.replay) backToLive();
  });

  // Offline: a stream can hang on a dead connection for minutes, so close it now and say so. Back online or back
  // in the tab: reconnect at once (and catch up) instead of waiting for the backoff.
  window.addEventListener("offline", () => {
    if (!source) return;
    source.close();
    source = null;
    clearTimeout(reconnectTimer);
    setConnection("offline", "offline – waiting for the network");
  });
  window.addEventListener("online", () => source === null && !state.notFound && reconnectNow());
  document.addEventListener("visibilitychange", () => {
    if (document.hidden) return;
    clocks.tick(); // a hidden tab's timers are throttled: show the time left now, not at the next late tick
    if (source === null && state.live && state.live.status !== "finished") reconnectNow();
  });
  // Leaving the page stops the clocks' timer; a page restored from the back-forward cache reads the game again, as
  // its clocks and stream are as old as the moment it was left.
  window.addEventListener("pagehide", () => {
    clocks.stop();
    clearTimeout(flagCheckTimer);
  });
  window.addEventListener("pageshow", (event) => {
    if (event.persisted && !state.notFound) reconnectNow();
  });

  catchUp().then(() => state.notFound || connect());
}

init();
