// The lobby: create a game, join or watch one. The lobby endpoint has no stream, so it is polled.
import { Api, describeError, saveSeat, loadSeat, loadPlayerName, savePlayerName, gameLink } from "./api.js";
import { el, replaceChildren, show, timeAgo } from "./dom.js";
import { describeResult } from "./chess.js";
import { showInfoBadge } from "./info.js";
import { formatTimeControl, describeTimeControl } from "./clock.js";

const POLL_MS = 2500;
const $ = (id) => document.getElementById(id);

// The lobby rows come from a projection; read them tolerantly (a name may be a string or {name}).
const idOf = (g) => String(g.gameId ?? g.id ?? "");
const nameOf = (p) => (p && typeof p === "object" ? p.name : p) || "";
const whiteOf = (g) => nameOf(g.white) || nameOf(g.whiteName) || nameOf(g.whitePlayer);
const blackOf = (g) => nameOf(g.black) || nameOf(g.blackName) || nameOf(g.blackPlayer);
const movesOf = (g) => g.moveCount ?? g.moves ?? g.plies ?? 0;
const changedOf = (g) => g.lastChange ?? g.lastChangedAt ?? g.updatedAt ?? g.lastChangeAt ?? null;
const rowsOf = (data) => (Array.isArray(data) ? data : data && Array.isArray(data.games) ? data.games : []);
const seatName = (name, color, empty) => (name ? `${name} (${color})` : empty);
// The computer's level when it sits at this seat ({name, computer: {level}}), else null.
const computerLevelOf = (p) => (p && typeof p === "object" && p.computer ? p.computer.level : null);

function gameRow(game, kind) {
  const id = idOf(game);
  const white = whiteOf(game);
  const black = blackOf(game);
  const seat = loadSeat(id);
  const title =
    kind === "waiting"
      ? `${seatName(white, "white", "")}${seatName(black, "black", "")}`.trim() || "Anonymous"
      : `${white || "Anonymous"} vs ${black || "Anonymous"}`;
  const details = [];
  if (kind === "waiting") details.push(`waits as ${white ? "white" : black ? "black" : "creator"}`);
  if (kind !== "waiting") details.push(`${movesOf(game)} half-moves`);
  if (kind === "finished" && game.result) details.push(describeResult(game.result, game.reason));
  const changed = changedOf(game);
  if (changed) details.push(timeAgo(changed));
  const control = game.timeControl && typeof game.timeControl === "object" ? game.timeControl : null;
  const computerLevel = computerLevelOf(game.white) ?? computerLevelOf(game.black);

  const actions = el("div", { class: "row-actions" });
  if (seat) {
    actions.append(el("a", { class: "button primary", href: gameLink(id), "data-test": "resume-game", "aria-label": `Resume your game: ${title}`, text: "Resume" }));
  } else if (kind === "waiting") {
    actions.append(
      el("button", {
        type: "button",
        class: "primary",
        "data-test": "join-game",
        "aria-label": `Join the game of ${title}`,
        text: "Join",
        on: { click: (e) => join(id, e.currentTarget) },
      }),
    );
  }
  if (!seat) {
    actions.append(el("a", {
        class: "button",
        href: gameLink(id),
        "data-test": "watch-game",
        "aria-label": `${kind === "finished" ? "Review" : "Watch"} ${title}`,
        text: kind === "finished" ? "Review" : "Watch",
      }));
  }
  return el(
    "li",
    {
      class: "game-row",
      // The time control in seconds, limit+increment, as the API gives it (the text shows minutes).
      dataset: {
        gameId: id,
        status: kind,
        timeControl: control ? `${control.limit}+${control.increment ?? 0}` : "none",
        computerLevel: computerLevel === null ? "none" : String(computerLevel),
      },
    },
    el(
      "div",
      { class: "row-main" },
      el(
        "span",
        { class: "row-title" },
        title,
        computerLevel === null
          ? null
          : el("span", { class: "computer-badge", "data-test": "computer-level", text: ` computer · level ${computerLevel}` }),
      ),
      el(
        "span",
        { class: "row-details muted" },
        el("span", {
          class: `time-control${control ? "" : " no-clock"}`,
          "data-test": "time-control",
          title: `Time control: ${describeTimeControl(control)}`,
          text: formatTimeControl(control),
        }),
        ` · ${details.join(" · ")}`,
      ),
    ),
    actions,
  );
}

function renderList(listId, games, kind, emptyText) {
  const list = $(listId);
  const rows = games.map((g) => gameRow(g, kind));
  replaceChildren(list, ...(rows.length ? rows : [el("li", { class: "empty muted", text: emptyText })]));
}

let pollTimer = null;
async function refresh() {
  clearTimeout(pollTimer);
  try {
    const [waiting, active, finished] = await Promise.all([
      Api.lobby("waiting", 20),
      Api.lobby("active", 20),
      Api.lobby("finished", 10),
    ]);
    renderList("lobby-waiting", rowsOf(waiting), "waiting", "No open games. Create one!");
    renderList("lobby-active", rowsOf(active), "active", "No games in progress.");
    renderList("lobby-finished", rowsOf(finished), "finished", "No finished games yet.");
    show($("lobby-error"), false);
    $("lobby-updated").textContent = `Updated ${new Date().toLocaleTimeString()}`;
  } catch (error) {
    $("lobby-error").textContent = describeError(error);
    show($("lobby-error"), true);
  } finally {
    if (!document.hidden) pollTimer = setTimeout(refresh, POLL_MS);
  }
}

async function join(gameId, button) {
  button.disabled = true;
  const name = $("player-name").value.trim();
  savePlayerName(name);
  try {
    const response = await Api.join(gameId, name);
    saveSeat(response.gameId || gameId, response, name);
    window.location.href = gameLink(response.gameId || gameId);
  } catch (error) {
    $("lobby-error").textContent = describeError(error);
    show($("lobby-error"), true);
    button.disabled = false;
    refresh();
  }
}

// ---- the time control of a new game --------------------------------------------------------------------

const CLOCK_FIELDS = ["clock-minutes", "clock-seconds", "clock-increment"];
const MAX_LIMIT_SECONDS = 10800;
const MAX_INCREMENT_SECONDS = 180;

/** A whole number of at least 0 from a number field (empty counts as 0), or NaN. */
function wholeNumber(id) {
  const text = $(id).value.trim();
  if (text === "") return 0;
  const number = Number(text);
  return Number.isInteger(number) && number >= 0 ? number : Number.NaN;
}

/**
 * The chosen time control: {clock} with null for none, or {problem, field} when the custom one cannot be played. The
 * server checks the same limits; checking them here points at the field before anything is sent.
 */
function chosenClock() {
  const choice = $("create-clock").value;
  if (choice === "none") return { clock: null };
  if (choice !== "custom") {
    const [limit, increment] = choice.split("+").map(Number);
    return { clock: { limit, increment } };
  }
  const [minutes, seconds, increment] = CLOCK_FIELDS.map(wholeNumber);
  const bad = CLOCK_FIELDS.find((id, i) => Number.isNaN([minutes, seconds, increment][i]));
  if (bad) return { problem: "The time control needs whole numbers of 0 or more", field: bad };
  const limit = minutes * 60 + seconds;
  if (limit < 1 || limit > MAX_LIMIT_SECONDS) {
    return { problem: "Each side needs between 1 second and 3 hours (180 minutes)", field: "clock-minutes" };
  }
  if (increment > MAX_INCREMENT_SECONDS) {
    return { problem: "The increment is at most 180 seconds", field: "clock-increment" };
  }
  return { clock: { limit, increment } };
}

function showCustomClock() {
  const custom = $("create-clock").value === "custom";
  show($("custom-clock"), custom);
  if (!custom) for (const id of CLOCK_FIELDS) $(id).removeAttribute("aria-invalid");
}

/** The computer's level (1 to 8) when the form asks for a game against it, else null. */
function chosenComputerLevel() {
  return $("opponent-computer").checked ? Number($("computer-level").value) : null;
}

/** Against the computer nobody needs the link: the level shows, and the button says what happens. */
function showOpponentChoice() {
  const computer = $("opponent-computer").checked;
  show($("computer-level-field"), computer);
  $("create-submit").textContent = computer ? "Play the computer" : "Create game";
}

function showCreateError(text, code = "") {
  const message = $("create-error");
  message.textContent = text;
  message.dataset.errorCode = code;
  show(message, true);
}

// ---- creating and joining -------------------------------------------------------------------------------

async function create(event) {
  event.preventDefault();
  const submit = $("create-submit");
  const name = $("player-name").value.trim();
  const fen = $("create-fen").value.trim();
  const color = new FormData($("create-form")).get("color") || "white";
  savePlayerName(name);
  show($("create-error"), false);
  $("create-fen").removeAttribute("aria-invalid");
  for (const id of CLOCK_FIELDS) $(id).removeAttribute("aria-invalid");
  const chosen = chosenClock();
  if (chosen.problem) {
    showCreateError(chosen.problem, "invalid-time-control");
    $(chosen.field).setAttribute("aria-invalid", "true");
    $(chosen.field).focus();
    return;
  }
  const body = { color };
  if (name) body.playerName = name;
  if (fen) body.fen = fen;
  if (chosen.clock) body.clock = chosen.clock;
  const computerLevel = chosenComputerLevel();
  if (computerLevel !== null) body.opponent = { computer: computerLevel };
  submit.disabled = true;
  try {
    const response = await Api.createGame(body);
    const id = response.gameId;
    saveSeat(id, response, name);
    const link = gameLink(id);
    if (computerLevel !== null) {
      // The computer has taken the other seat already: straight to the board, there is no link to share.
      window.location.href = link;
      return;
    }
    $("share-link").value = link;
    $("open-game").href = link;
    $("open-game").dataset.gameId = id;
    show($("create-result"), true);
    $("share-link").focus();
    $("share-link").select();
    refresh();
  } catch (error) {
    // A malformed request whose detail speaks of the FEN is about the start position, not the name; one that speaks
    // of the limit or the increment is about the time control.
    const aboutFen = fen && error.code === "malformed-request" && /\bFEN\b/i.test(error.detail || "");
    const aboutClock = !aboutFen && chosen.clock && error.code === "malformed-request" &&
      /\b(limit|increment|clock)\b/i.test(error.detail || "");
    const headline = aboutFen
      ? "That start position is not a valid FEN"
      : aboutClock
        ? "That time control is not allowed"
        : null;
    showCreateError(describeError(error, headline ? { "malformed-request": headline } : {}), error.code || "");
    if (aboutClock) {
      if ($("create-clock").value === "custom") {
        $("clock-minutes").setAttribute("aria-invalid", "true");
        $("clock-minutes").focus();
      }
    } else if (error.code === "invalid-position" || (fen && error.code === "malformed-request")) {
      $("create-fen").setAttribute("aria-invalid", "true");
      $("create-fen").focus();
    }
  } finally {
    submit.disabled = false;
  }
}

async function copyLink() {
  const link = $("share-link").value;
  try {
    await navigator.clipboard.writeText(link);
    $("copy-link").textContent = "Copied";
  } catch {
    $("share-link").select();
    $("copy-link").textContent = "Press Ctrl+C";
  }
  setTimeout(() => ($("copy-link").textContent = "Copy"), 2000);
}

function init() {
  // Old-style links such as /#/games/{id} lead to the game page.
  const hashLink = window.location.hash.match(/^#\/games\/([^/?#]+)/);
  if (hashLink) {
    window.location.replace(gameLink(decodeURIComponent(hashLink[1])));
    return;
  }
  $("player-name").value = loadPlayerName();
  $("create-form").addEventListener("submit", create);
  $("create-clock").addEventListener("change", showCustomClock);
  showCustomClock(); // a browser may restore the form's last choice on reload
  for (const id of ["opponent-person", "opponent-computer"]) $(id).addEventListener("change", showOpponentChoice);
  showOpponentChoice();
  $("copy-link").addEventListener("click", copyLink);
  document.addEventListener("visibilitychange", () => {
    if (!document.hidden) refresh();
  });
  showInfoBadge($("info-badge"));
  refresh();
}

init();
