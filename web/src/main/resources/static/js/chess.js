// Tiny read-only helpers over FEN strings; the rules live on the server (GameView.legalMoves).

const PIECE_NAMES = { p: "pawn", n: "knight", b: "bishop", r: "rook", q: "queen", k: "king" };

/** Pieces of a FEN as a Map from square ("e4") to {color: "white"|"black", type: "p".."k"}. */
export function piecesOf(fen) {
  const pieces = new Map();
  const placement = String(fen || "").split(" ")[0];
  const ranks = placement.split("/");
  if (ranks.length !== 8) return pieces;
  ranks.forEach((row, i) => {
    let file = 0;
    for (const ch of row) {
      if (/[1-8]/.test(ch)) {
        file += Number(ch);
      } else if (/[pnbrqkPNBRQK]/.test(ch) && file < 8) {
        const square = "abcdefgh"[file] + String(8 - i);
        pieces.set(square, { color: ch === ch.toUpperCase() ? "white" : "black", type: ch.toLowerCase() });
        file += 1;
      }
    }
  });
  return pieces;
}

/** The square of a side's king, or null. */
export function kingSquare(fen, color) {
  for (const [square, piece] of piecesOf(fen)) {
    if (piece.type === "k" && piece.color === color) return square;
  }
  return null;
}

/** "white knight" for a piece. */
export function pieceName(piece) {
  return `${piece.color} ${PIECE_NAMES[piece.type]}`;
}

/** A spoken description of a position, e.g. "White: king e1, pawn e4. Black: ...". */
export function describePosition(fen) {
  const groups = { white: [], black: [] };
  for (const [square, piece] of piecesOf(fen)) groups[piece.color].push(`${PIECE_NAMES[piece.type]} ${square}`);
  return `White: ${groups.white.join(", ") || "none"}. Black: ${groups.black.join(", ") || "none"}.`;
}

export const opposite = (color) => (color === "white" ? "black" : "white");
export const capitalize = (s) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : "");

/** How each way of ending reads after "White wins" or "Draw". */
const REASONS = {
  checkmate: "by checkmate",
  stalemate: "by stalemate",
  "insufficient-material": "by insufficient material",
  "fivefold-repetition": "by fivefold repetition",
  "seventy-five-move-rule": "by the seventy-five-move rule",
  "threefold-repetition": "by threefold repetition (claimed)",
  "fifty-move-rule": "by the fifty-move rule (claimed)",
  resignation: "by resignation",
  "draw-agreement": "by agreement",
  aborted: "by abort",
  timeout: "on time",
  "timeout-vs-insufficient-material": "on time: a flag fell, but the other side could never checkmate",
};

/** Why a game without a result ended. */
const NO_RESULT_REASONS = {
  aborted: "Game aborted",
  "no-opponent": "Game ended: no opponent joined in time",
};

/** "White wins by checkmate (1-0)", "White wins on time (1-0)" and similar. */
export function describeResult(result, reason) {
  const why = REASONS[reason] || (reason ? `by ${reason}` : "");
  switch (result) {
    case "1-0":
      return `White wins${why ? ` ${why}` : ""} (1-0)`;
    case "0-1":
      return `Black wins${why ? ` ${why}` : ""} (0-1)`;
    case "1/2-1/2":
      return `Draw${why ? ` ${why}` : ""} (½-½)`;
    case "*":
      return NO_RESULT_REASONS[reason] || "Game ended without result";
    default:
      return "Game over";
  }
}

/** "threefold-repetition" -> "threefold repetition". */
export function describeClaim(claim) {
  return claim === "fifty-move-rule" ? "the fifty-move rule" : claim === "threefold-repetition" ? "threefold repetition" : claim;
}
