package dev.eschess.game.scenario;

import dev.eschess.chess.Color;
import dev.eschess.chess.Fen;
import dev.eschess.game.command.AbortGame;
import dev.eschess.game.command.AcceptDraw;
import dev.eschess.game.command.ClaimDraw;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.DeclineDraw;
import dev.eschess.game.command.ExpireWaitingGame;
import dev.eschess.game.command.FlagFall;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.command.OfferDraw;
import dev.eschess.game.command.Resign;
import dev.eschess.game.event.DrawOfferDeclined;
import dev.eschess.game.event.DrawOfferLapsed;
import dev.eschess.game.event.DrawOffered;
import dev.eschess.game.event.EndReason;
import dev.eschess.game.event.GameCreated;
import dev.eschess.game.event.GameEnded;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.game.event.PlayerJoined;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * Renders the scenario catalogue as Markdown for people who do not read Java: Given / When / Then in words,
 * moves in SAN. The checked-in {@code docs/scenarios.md} must equal {@link #render}; a test fails otherwise.
 */
public final class ScenarioMarkdown {

    /** How to regenerate the checked-in file, quoted in the file and in the failing test. */
    public static final String REGENERATE_COMMAND =
            "mvn -B -q test -pl shared-domain -Dtest=ScenarioMarkdownTest -Dscenarios.write=true";

    private ScenarioMarkdown() {
    }

    /** The Markdown document for scenarios grouped by feature. */
    public static String render(SequencedMap<ScenarioFeature, List<Scenario>> byFeature) {
        StringBuilder out = new StringBuilder();
        int total = byFeature.values().stream().mapToInt(List::size).sum();
        out.append("# Game scenarios\n\n")
                .append("The rules of a chess game on this server, as given-when-then scenarios: after what happened")
                .append(" before (**Given**),\na player sends a command (**When**), and exactly these things happen,")
                .append(" or the command is refused\nfor the reason shown (**Then**). Both event-sourcing variants")
                .append(" (hand-rolled and Axon) run every one of them.\n\n")
                .append("Generated from `ScenarioCatalogue` in `shared-domain` by `ScenarioMarkdown`; do not edit")
                .append(" by hand.\nRegenerate with `").append(REGENERATE_COMMAND).append("`.\n\n")
                .append("Positions are shown as FEN. A refusal is named by its stable code; nothing is recorded then.\n\n")
                .append(total).append(" scenarios in ").append(byFeature.size()).append(" features:\n\n")
                .append("| Feature | Scenarios |\n|---|---:|\n");
        byFeature.forEach((feature, scenarios) -> out.append("| [").append(feature.title()).append("](#")
                .append(anchor(feature.title())).append(") | ").append(scenarios.size()).append(" |\n"));
        byFeature.forEach((feature, scenarios) -> {
            out.append("\n## ").append(feature.title()).append("\n");
            int number = 1;
            for (Scenario scenario : scenarios) {
                out.append("\n### ").append(feature.ordinal() + 1).append('.').append(number++).append(' ')
                        .append(capitalized(scenario.name())).append("\n\n");
                renderScenario(scenario, out);
            }
        });
        return out.toString();
    }

    private static void renderScenario(Scenario scenario, StringBuilder out) {
        Map<String, Color> seats = seats(scenario.given());
        List<String> given = givenLines(scenario.given());
        if (given.isEmpty()) {
            out.append("- **Given** no game yet.\n");
        } else {
            out.append("- **Given**\n");
            given.forEach(line -> out.append("  - ").append(line).append('\n'));
        }
        out.append("- **When** ").append(whenLine(scenario.when(), seats)).append(".\n");
        switch (scenario.then()) {
            case Expectation.ExpectedRejection rejection -> out.append("- **Then** the command is refused: `")
                    .append(rejection.reason().wireCode()).append("`.\n");
            case Expectation.ExpectedEvents events -> {
                out.append("- **Then**\n");
                events.events().forEach(event -> out.append("  - ").append(thenLine(event)).append('\n'));
            }
        }
    }

    // ------------------------------------------------------------------ given

    private static List<String> givenLines(List<GameEvent> events) {
        List<String> lines = new ArrayList<>();
        StringBuilder moves = new StringBuilder();
        Color previous = Color.BLACK;
        for (GameEvent event : events) {
            if (event instanceof MovePlayed moved) {
                int number = moveNumber(moved);
                if (moved.color() == Color.WHITE) {
                    moves.append(moves.isEmpty() ? "" : " ").append(number).append(". ").append(moved.san());
                } else if (moves.isEmpty() || previous != Color.WHITE) {
                    moves.append(moves.isEmpty() ? "" : " ").append(number).append("... ").append(moved.san());
                } else {
                    moves.append(' ').append(moved.san());
                }
                previous = moved.color();
                continue;
            }
            if (!moves.isEmpty()) {
                lines.add("moves played: " + moves);
                moves.setLength(0);
            }
            previous = Color.BLACK;
            lines.add(givenLine(event));
        }
        if (!moves.isEmpty()) {
            lines.add("moves played: " + moves);
        }
        return withRepeatedPairsFolded(lines);
    }

    /** Two lines repeated over and over in a row become one line saying how often (a long given history). */
    private static List<String> withRepeatedPairsFolded(List<String> lines) {
        List<String> folded = new ArrayList<>();
        int at = 0;
        while (at < lines.size()) {
            int repeats = 1;
            while (at + 2 * repeats + 1 < lines.size()
                    && lines.get(at + 2 * repeats).equals(lines.get(at))
                    && lines.get(at + 2 * repeats + 1).equals(lines.get(at + 1))) {
                repeats++;
            }
            if (repeats >= 3) {
                folded.add(String.format(Locale.ROOT, "%,d times in a row: %s; then %s", repeats, lines.get(at),
                        lines.get(at + 1)));
                at += 2 * repeats;
            } else {
                folded.add(lines.get(at));
                at++;
            }
        }
        return folded;
    }

    private static String givenLine(GameEvent event) {
        return switch (event) {
            case GameCreated created -> created.creatorName() + " created the game playing "
                    + color(created.creatorColor()) + start(created.startFen()) + clock(created);
            case PlayerJoined joined -> joined.playerName() + " joined playing " + color(joined.color());
            case MovePlayed moved -> color(moved.color()) + " played " + moved.san();
            case DrawOffered offered -> color(offered.offeredBy()) + " offered a draw";
            case DrawOfferDeclined declined -> color(declined.declinedBy()) + " declined the draw offer";
            case DrawOfferLapsed lapsed -> capitalized(color(lapsed.offeredBy())) + "'s draw offer lapsed";
            case GameEnded ended -> "the game ended " + ended.result().wireName() + " by " + words(ended.reason());
        };
    }

    // ------------------------------------------------------------------ when

    private static String whenLine(GameCommand command, Map<String, Color> seats) {
        String who = ScenarioPlayer.byId(command.playerId()).map(ScenarioPlayer::name).orElse(command.playerId())
                + Optional.ofNullable(seats.get(command.playerId())).map(color -> " (" + color(color) + ")").orElse("");
        return switch (command) {
            case CreateGame create -> who + " creates the game playing " + color(create.color())
                    + create.startFen().map(fen -> " from `" + fen + "`").orElse("")
                    + create.timeControl().map(control -> " with the clock `" + control + "`").orElse("")
                    + nameNote(create.playerId(), create.playerName());
            case JoinGame join -> who + " joins" + nameNote(join.playerId(), join.playerName());
            case MakeMove move -> who + " plays `" + escaped(move.move()) + "`";
            case Resign resign -> who + " resigns";
            case OfferDraw offer -> who + " offers a draw";
            case AcceptDraw accept -> who + " accepts the draw offer";
            case DeclineDraw decline -> who + " declines the draw offer";
            case ClaimDraw claim -> who + " claims a draw";
            case AbortGame abort -> who + " aborts the game";
            case FlagFall flagFall -> "the server's flag-fall deadline fires";
            case ExpireWaitingGame expire -> "the server's deadline for a game nobody joined fires";
        };
    }

    // ------------------------------------------------------------------ then

    private static String thenLine(GameEvent event) {
        return switch (event) {
            case GameCreated created -> "the game is created: " + created.creatorName() + " plays "
                    + color(created.creatorColor()) + start(created.startFen()) + clock(created);
            case PlayerJoined joined -> joined.playerName() + " takes the " + color(joined.color())
                    + " seat and the game starts";
            case MovePlayed moved -> capitalized(color(moved.color())) + "'s move is recorded as **" + moved.san()
                    + "** (UCI `" + moved.uci() + "`, halfmove " + moved.ply() + "), leaving `" + moved.fenAfter() + "`";
            case DrawOffered offered -> capitalized(color(offered.offeredBy())) + "'s draw offer is recorded";
            case DrawOfferDeclined declined -> capitalized(color(declined.declinedBy()))
                    + " declines the draw offer; play goes on";
            case DrawOfferLapsed lapsed -> capitalized(color(lapsed.offeredBy())) + "'s draw offer lapses";
            case GameEnded ended -> "the game ends **" + ended.result().wireName() + "** by " + words(ended.reason());
        };
    }

    // ------------------------------------------------------------------ words

    private static Map<String, Color> seats(List<GameEvent> events) {
        Map<String, Color> seats = new HashMap<>();
        for (GameEvent event : events) {
            if (event instanceof GameCreated created) {
                seats.put(created.creatorId(), created.creatorColor());
            } else if (event instanceof PlayerJoined joined) {
                seats.put(joined.playerId(), joined.color());
            }
        }
        return seats;
    }

    private static String words(EndReason reason) {
        return switch (reason) {
            case CHECKMATE -> "checkmate";
            case STALEMATE -> "stalemate";
            case INSUFFICIENT_MATERIAL -> "insufficient material";
            case FIVEFOLD_REPETITION -> "fivefold repetition";
            case SEVENTY_FIVE_MOVE_RULE -> "the seventy-five-move rule";
            case THREEFOLD_REPETITION -> "a claimed threefold repetition";
            case FIFTY_MOVE_RULE -> "a claim under the fifty-move rule";
            case RESIGNATION -> "resignation";
            case DRAW_AGREEMENT -> "agreement";
            case ABORTED -> "abort, without a result";
            case NO_OPPONENT -> "the server, as nobody joined in time, without a result";
            case TIMEOUT -> "time running out";
            case TIMEOUT_VS_INSUFFICIENT_MATERIAL -> "time running out against a side that cannot mate";
        } + " (`" + reason.wireName() + "`)";
    }

    private static String clock(GameCreated created) {
        return created.timeControl().map(control -> ", clock `" + control + "` (seconds + increment)").orElse("");
    }

    private static String start(String fen) {
        return fen.equals(Fen.INITIAL) ? ", from the standard start position" : ", from `" + fen + "`";
    }

    private static String nameNote(String playerId, String playerName) {
        boolean usual = ScenarioPlayer.byId(playerId).map(ScenarioPlayer::name).filter(playerName::equals).isPresent();
        return usual ? "" : " under the name `" + escaped(playerName) + "`";
    }

    private static int moveNumber(MovePlayed moved) {
        String[] fields = moved.fenAfter().split(" ");
        int fullmoveAfter = Integer.parseInt(fields[fields.length - 1]);
        return moved.color() == Color.WHITE ? fullmoveAfter : fullmoveAfter - 1;
    }

    private static String color(Color color) {
        return color.name().toLowerCase(Locale.ROOT);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Control characters shown as {@code \n} or {@code \u0007}; blanks kept; backticks cannot occur in scenarios. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(point -> {
            if (point == '\n') {
                out.append("\\n");
            } else if (Character.isISOControl(point)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", point));
            } else {
                out.appendCodePoint(point);
            }
        });
        return out.toString();
    }

    private static String anchor(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
    }
}
