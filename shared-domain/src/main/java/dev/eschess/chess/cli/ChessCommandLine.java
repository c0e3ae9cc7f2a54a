package dev.eschess.chess.cli;

import dev.eschess.chess.FenException;
import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import dev.eschess.chess.notation.Pgn;
import dev.eschess.chess.notation.PgnException;
import dev.eschess.chess.notation.PgnGame;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The command line of the shared-domain jar: {@code perft DEPTH [FEN] [--divide]} counts the move tree, and
 * {@code pgn FILE} checks a game in PGN against the rules and prints where it ends. Bad arguments and unreadable
 * games print one line on standard error and exit with status 2.
 */
public final class ChessCommandLine {

    static final int OK = 0;
    static final int USAGE_ERROR = 2;
    /** Deeper than this would run for years; the limit keeps the engine's internal stack small and fixed. */
    static final int MAX_DEPTH = 20;
    private static final String USAGE = "usage: perft DEPTH [FEN] [--divide] | pgn FILE";

    private final PrintStream out;
    private final PrintStream err;
    private final LongSupplier nanoClock;

    ChessCommandLine(PrintStream out, PrintStream err, LongSupplier nanoClock) {
        this.out = out;
        this.err = err;
        this.nanoClock = nanoClock;
    }

    public static void main(String[] args) {
        int status = new ChessCommandLine(System.out, System.err, System::nanoTime).run(args);
        System.out.flush();
        if (status != OK) {
            System.exit(status);
        }
    }

    /** Runs the command and returns the process exit status. */
    int run(String... args) {
        if (args.length == 0) {
            return usageError("no command; " + USAGE);
        }
        List<String> rest = List.of(args).subList(1, args.length);
        return switch (args[0]) {
            case "perft" -> perft(rest);
            case "pgn" -> pgn(rest);
            default -> usageError("unknown command '" + args[0] + "'; " + USAGE);
        };
    }

    /** Reads one game (every move must be legal in turn) and prints its tags, move count, result and final FEN. */
    private int pgn(List<String> args) {
        if (args.size() != 1) {
            return usageError("pgn needs exactly one FILE; " + USAGE);
        }
        Path file = Path.of(args.getFirst());
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return usageError("cannot read " + file + ": " + e.getMessage());
        }
        PgnGame game;
        try {
            game = Pgn.read(text);
        } catch (PgnException e) {
            return usageError("not a legal game in " + file + ": " + e.getMessage());
        }
        game.tags().forEach((name, value) -> out.println(name + ": " + value));
        out.println("Moves: " + game.moves().size());
        out.println("Result: " + game.result());
        out.println("FEN: " + game.finalPosition().fen());
        return OK;
    }

    private int perft(List<String> args) {
        boolean divide = false;
        List<String> rest = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--divide")) {
                divide = true;
            } else if (arg.startsWith("--")) {
                return usageError("unknown option '" + arg + "'; " + USAGE);
            } else {
                rest.add(arg);
            }
        }
        if (rest.isEmpty()) {
            return usageError("perft needs a DEPTH; " + USAGE);
        }
        int depth;
        try {
            depth = Integer.parseInt(rest.getFirst());
        } catch (NumberFormatException e) {
            return usageError("DEPTH must be a whole number, not '" + rest.getFirst() + "'");
        }
        if (depth < 0 || depth > MAX_DEPTH) {
            return usageError("DEPTH must be between 0 and " + MAX_DEPTH + ", not " + depth);
        }
        if (divide && depth == 0) {
            return usageError("--divide needs a DEPTH of at least 1");
        }
        Position position;
        if (rest.size() == 1) {
            position = Position.initial();
        } else {
            // The FEN may come as one quoted argument or as its six fields unquoted.
            String fen = String.join(" ", rest.subList(1, rest.size()));
            try {
                position = Position.fromFen(fen);
            } catch (FenException e) {
                return usageError("bad FEN: " + e.getMessage());
            }
        }
        long start = nanoClock.getAsLong();
        long nodes;
        if (divide) {
            nodes = 0;
            for (Map.Entry<Move, Long> entry : position.perftDivide(depth).entrySet()) {
                out.println(entry.getKey().uci() + ": " + entry.getValue());
                nodes += entry.getValue();
            }
        } else {
            nodes = position.perft(depth);
        }
        long elapsedNanos = Math.max(1, nanoClock.getAsLong() - start);
        out.println("Nodes: " + nodes);
        out.println("Time: " + elapsedNanos / 1_000_000 + " ms");
        out.println("NPS: " + (long) (nodes * 1e9 / elapsedNanos));
        return OK;
    }

    private int usageError(String message) {
        err.println(message);
        return USAGE_ERROR;
    }
}
