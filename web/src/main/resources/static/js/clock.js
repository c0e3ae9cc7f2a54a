// Chess clocks (issue 13). The server's view says how much time each side had at the moment it was computed; the
// page counts the running side down from there by itself and starts over from every new view. The server alone
// decides when a flag falls: a clock at 0:00.0 here only waits for the view that ends the game.

const COLORS = ["white", "black"];
const TENTHS_BELOW_MS = 10_000;

/** Below this many milliseconds a clock counts as low: 10 % of the limit, but never more than 20 seconds. */
export function lowTimeMs(limitSeconds) {
  return Math.min(20_000, limitSeconds * 100);
}

/** "5:00", "1:02:03", and with tenths under ten seconds: "0:09.7", "0:00.0". */
export function formatClock(ms) {
  const left = Math.max(0, Math.floor(ms));
  if (left < TENTHS_BELOW_MS) {
    const tenths = Math.floor(left / 100);
    return `0:0${Math.floor(tenths / 10)}.${tenths % 10}`;
  }
  const seconds = Math.floor(left / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const ss = String(seconds % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${ss}` : `${minutes}:${ss}`;
}

/** "3 min 30 s", "2 s", "1 h": a duration in words, for labels. */
function spokenSeconds(total) {
  const parts = [];
  if (total >= 3600) parts.push(`${Math.floor(total / 3600)} h`);
  if (total % 3600 >= 60) parts.push(`${Math.floor((total % 3600) / 60)} min`);
  if (total % 60 > 0 || total === 0) parts.push(`${total % 60} s`);
  return parts.join(" ");
}

const QUARTERS = ["", "¼", "½", "¾"];

/**
 * A time control as players write it, minutes + seconds of increment: "5+0", "3+2", "½+0", "1½+1"; a limit that is
 * no multiple of a quarter minute is written in seconds: "3s+0". Without a time control: "no clock".
 */
export function formatTimeControl(control) {
  if (!control || typeof control.limit !== "number") return "no clock";
  const { limit, increment = 0 } = control;
  let minutes;
  if (limit % 15 === 0) {
    const whole = Math.floor(limit / 60);
    const quarter = QUARTERS[(limit % 60) / 15];
    minutes = whole === 0 && quarter ? quarter : `${whole}${quarter}`;
  } else {
    minutes = `${limit}s`;
  }
  return `${minutes}+${increment}`;
}

/** The same in words, for screen readers and tooltips: "5 min per side, plus 2 s per move". */
export function describeTimeControl(control) {
  if (!control || typeof control.limit !== "number") return "no clock";
  const increment = control.increment || 0;
  const perMove = increment ? `plus ${spokenSeconds(increment)} per move` : "no increment";
  return `${spokenSeconds(control.limit)} per side, ${perMove}`;
}

/**
 * Both clocks of a game, each shown in its own element. `sync` takes every new view; the running clock then ticks
 * on a timer that wakes exactly when its text changes, and nothing runs while no clock does. `onZero` is called when
 * the running clock shows zero here (then the ticking stops until the next view); `onLow` once per side, when its
 * running clock first turns low.
 */
export class ChessClocks {
  constructor(nodes, { onZero = () => {}, onLow = () => {} } = {}) {
    this.nodes = nodes; // {white: Element, black: Element}
    this.onZero = onZero;
    this.onLow = onLow;
    this.clock = null; // the view's clock: {limit, increment, white, black, running}
    this.finished = false;
    this.reason = null;
    this.syncedAt = 0; // performance.now() when the view arrived
    this.timer = null;
    this.lowSeen = { white: false, black: false };
  }

  /** Takes the clocks of a new view (null in a game without clocks) and starts or stops the ticking. */
  sync(view) {
    this.clock = view && view.clock && typeof view.clock === "object" ? view.clock : null;
    this.finished = !view || view.status === "finished";
    this.reason = view ? view.reason || null : null;
    this.syncedAt = performance.now();
    this.tick();
  }

  /** Whether the game has clocks at all. */
  get present() {
    return this.clock !== null;
  }

  /** The side whose time runs now, or null. */
  get running() {
    return this.clock && !this.finished && COLORS.includes(this.clock.running) ? this.clock.running : null;
  }

  /** A side's milliseconds left now, counting the time since the view arrived against the running side. */
  remaining(color) {
    if (!this.clock) return 0;
    const atView = Number(this.clock[color]) || 0;
    const elapsed = color === this.running ? performance.now() - this.syncedAt : 0;
    return Math.max(0, Math.floor(atView - elapsed));
  }

  /** Stops the ticking for good (the page is leaving); a later `sync` starts it again. */
  stop() {
    clearTimeout(this.timer);
    this.timer = null;
  }

  /** Shows both clocks as of now and sets the timer for the running one's next change. */
  tick() {
    this.stop();
    for (const color of COLORS) this.paint(color);
    const running = this.running;
    if (!running) return;
    const left = this.remaining(running);
    if (left <= 0) {
      this.onZero();
      return;
    }
    // Wake just after the shown text changes: the next tenth under ten seconds, else the next whole second.
    const step = left < TENTHS_BELOW_MS ? 100 : 1000;
    this.timer = setTimeout(() => this.tick(), (left % step) + 1);
  }

  /** Shows one side's time, whether it runs, is low or fell. */
  paint(color) {
    const node = this.nodes[color];
    if (!this.clock) {
      node.hidden = true;
      return;
    }
    const left = this.remaining(color);
    const running = this.running === color;
    const low = left < lowTimeMs(this.clock.limit);
    const flagged = this.finished && left === 0 && String(this.reason || "").startsWith("timeout");
    const text = formatClock(left);
    if (node.textContent !== text) node.textContent = text;
    node.hidden = false;
    node.dataset.running = String(running);
    node.dataset.low = String(low);
    node.dataset.flagged = String(flagged);
    const name = `${color === "white" ? "White" : "Black"}'s clock`;
    const label = flagged ? `${name}, time out` : running ? `${name}, running` : name;
    if (node.getAttribute("aria-label") !== label) node.setAttribute("aria-label", label);
    if (running && low && !this.lowSeen[color]) {
      this.lowSeen[color] = true;
      this.onLow(color, left);
    }
  }
}
