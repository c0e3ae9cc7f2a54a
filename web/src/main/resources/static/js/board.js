// The board: a thin adapter over the vendored cm-chessboard (MIT, see ADR 0040). It shows a
// GameView's position, highlights the last move and a king in check, and turns pointer, drag and
// board-keyboard input into UCI strings checked against GameView.legalMoves before they are sent.
import { Chessboard, COLOR, INPUT_EVENT_TYPE, BORDER_TYPE } from "../vendor/cm-chessboard-8.15.1/src/Chessboard.js";
import { Markers, MARKER_TYPE } from "../vendor/cm-chessboard-8.15.1/src/extensions/markers/Markers.js";
import {
  PromotionDialog,
  PROMOTION_DIALOG_RESULT_TYPE,
} from "../vendor/cm-chessboard-8.15.1/src/extensions/promotion-dialog/PromotionDialog.js";
import { Accessibility } from "../vendor/cm-chessboard-8.15.1/src/extensions/accessibility/Accessibility.js";
import { describePosition } from "./chess.js";

const ASSETS = new URL("../vendor/cm-chessboard-8.15.1/assets/", import.meta.url).href;
const LAST_MOVE = { class: "marker-last-move", slice: "markerSquare" };
const CHECK = { class: "marker-check", slice: "markerSquare" };
const REDUCED_MOTION = window.matchMedia("(prefers-reduced-motion: reduce)");
const toBoardColor = (color) => (color === "black" ? COLOR.black : COLOR.white);

/** One board on the page. */
export class GameBoard {
  /**
   * element: the container; onMove(uci) is called for a move made on the board;
   * onRejected(uci) for a drop on a square that is not a legal destination.
   */
  constructor(element, { onMove, onRejected }) {
    this.element = element;
    this.onMove = onMove;
    this.onRejected = onRejected;
    this.fen = "8/8/8/8/8/8/8/8 w - - 0 1";
    this.legalMoves = [];
    this.inputColor = null;
    this.orientation = "white";
    this.shown = false;
    this.board = new Chessboard(element, {
      position: this.fen,
      assetsUrl: ASSETS,
      style: {
        cssClass: "default-contrast",
        borderType: BORDER_TYPE.none,
        showCoordinates: true,
        pieces: { file: "pieces/standard.svg" },
        animationDuration: 200,
      },
      extensions: [
        { class: Markers, props: { autoMarkers: MARKER_TYPE.frame } },
        { class: PromotionDialog, props: { language: "en" } },
        {
          class: Accessibility,
          props: {
            language: "en",
            brailleNotationInAlt: false,
            movePieceForm: false, // the page has its own SAN/UCI field
            boardAsTable: true,
            piecesAsList: true,
            keyboardMoveInput: true, // arrow keys + Enter on the focused board
            visuallyHidden: true,
          },
        },
      ],
    });
    this.svg = element.querySelector("svg.cm-chessboard");
    this.handler = (event) => this.handleInput(event);
    element.dataset.input = "none";
  }

  /**
   * Shows a state. view: {fen, orientation, lastMove (uci or null), checkSquare (or null),
   * inputColor ("white"/"black" or null for read-only), legalMoves (UCI list)}.
   */
  show({ fen, orientation, lastMove, checkSquare, inputColor, legalMoves, jump = false }) {
    // Synchronous on purpose: the board queues its own animations, and a later call must never be
    // overtaken by an earlier one still waiting for an animation.
    this.legalMoves = legalMoves || [];
    this.turnTo(orientation);
    if (fen !== this.fen || this.board.getPosition() !== String(fen).split(" ")[0]) {
      // Animate moves, not the first position or a jump along the replay slider.
      const animate = this.shown && !jump && !REDUCED_MOTION.matches;
      this.fen = fen;
      this.shown = true;
      this.board.setPosition(fen, animate);
    }
    this.setHighlights(lastMove, checkSquare);
    this.setInput(inputColor);
    this.describe(fen, inputColor);
  }

  /** Turns the board; a request made while it is turning is applied when the turn ends. */
  turnTo(orientation) {
    this.wantedOrientation = orientation;
    if (this.turning || orientation === this.orientation) return;
    this.turning = true;
    this.orientation = orientation;
    Promise.resolve(this.board.setOrientation(toBoardColor(orientation))).finally(() => {
      this.turning = false;
      if (this.wantedOrientation !== this.orientation) this.turnTo(this.wantedOrientation);
      else if (this.fen) this.describe(this.fen, this.inputColor);
    });
  }

  /** Puts the pieces back where the last shown state had them (after a refused move). */
  reset() {
    this.board.setPosition(this.fen, false);
  }

  setHighlights(lastMove, checkSquare) {
    this.board.removeMarkers(LAST_MOVE);
    this.board.removeMarkers(CHECK);
    if (lastMove && lastMove.length >= 4) {
      this.board.addMarker(LAST_MOVE, lastMove.slice(0, 2));
      this.board.addMarker(LAST_MOVE, lastMove.slice(2, 4));
    }
    if (checkSquare) this.board.addMarker(CHECK, checkSquare);
    this.element.dataset.lastMove = lastMove || "";
    this.element.dataset.check = checkSquare || "";
  }

  setInput(color) {
    if (color === this.inputColor) return;
    if (this.board.isMoveInputEnabled()) this.board.disableMoveInput();
    this.board.removeLegalMovesMarkers();
    this.inputColor = color;
    if (color) this.board.enableMoveInput(this.handler, toBoardColor(color));
    this.element.dataset.input = color || "none";
  }

  describe(fen, inputColor) {
    if (!this.svg) return;
    const side = this.orientation === "black" ? "black" : "white";
    const mode = inputColor
      ? "Use the arrow keys and Enter to pick a piece and its destination, or type a move below."
      : "Read only.";
    this.svg.setAttribute("aria-label", `Chessboard, ${side} at the bottom. ${describePosition(fen)} ${mode}`);
  }

  destinationsFrom(square) {
    return this.legalMoves.filter((uci) => uci.startsWith(square));
  }

  handleInput(event) {
    switch (event.type) {
      case INPUT_EVENT_TYPE.moveInputStarted: {
        const moves = this.destinationsFrom(event.squareFrom);
        if (moves.length === 0) return false;
        this.board.removeLegalMovesMarkers();
        this.board.addLegalMovesMarkers(moves.map((uci) => ({ to: uci.slice(2, 4), promotion: uci.charAt(4) || undefined })));
        return true;
      }
      case INPUT_EVENT_TYPE.validateMoveInput: {
        this.board.removeLegalMovesMarkers();
        const base = event.squareFrom + event.squareTo;
        const candidates = this.legalMoves.filter((uci) => uci.slice(0, 4) === base);
        if (candidates.length === 0) {
          const target = this.board.getPiece(event.squareTo);
          const own = target && target.charAt(0) === toBoardColor(this.inputColor);
          if (!own) this.onRejected(base);
          return false;
        }
        if (candidates.length > 1 || candidates[0].length === 5) {
          this.board.showPromotionDialog(event.squareTo, toBoardColor(this.inputColor), (result) => {
            if (result && result.type === PROMOTION_DIALOG_RESULT_TYPE.pieceSelected && result.piece) {
              this.onMove(base + result.piece.charAt(1));
            } else {
              this.reset();
            }
          });
          return true;
        }
        this.onMove(candidates[0]);
        return true;
      }
      case INPUT_EVENT_TYPE.moveInputCanceled:
      case INPUT_EVENT_TYPE.moveInputFinished:
        if (event.type === INPUT_EVENT_TYPE.moveInputCanceled) this.board.removeLegalMovesMarkers();
        return undefined;
      default:
        return undefined;
    }
  }
}
