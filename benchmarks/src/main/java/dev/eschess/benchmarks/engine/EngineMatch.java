package dev.eschess.benchmarks.engine;

import dev.eschess.chess.Color;
import dev.eschess.engine.level.Level;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Our engine's speed at every level, then a match against Debian's {@code stockfish} over UCI at several of its
 * skill levels, with a fixed time per Stockfish move, colours alternating over a set of opening lines; prints the
 * score per skill level. Without a {@code stockfish} binary it prints the speed table, says so and exits with 0.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.eschess.benchmarks.engine.EngineMatch [GAMES] [SKILLS]
 * [MOVETIME_MS] [LEVEL]}, defaults {@code 10 5,10,15,20 100 8}: ten games per skill level (an even number, at most
 * 40; 0 prints the speed table only), skill levels 0 to 20, Stockfish thinking 100 ms a move, our engine at level 8
 * (up to a second a move).
 */
public final class EngineMatch {

    private EngineMatch() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Settings settings = Settings.parse(args).orElseGet(() -> {
            System.err.println("usage: EngineMatch [GAMES: even, 0..40] [SKILLS: 0..20, comma-separated] "
                    + "[MOVETIME_MS: 10..10000] [LEVEL: 1..8]");
            System.exit(2);
            throw new IllegalStateException("unreachable: System.exit returned");
        });
        int games = settings.games();
        Duration moveTime = settings.moveTime();
        Level level = settings.level();
        System.out.printf(Locale.ROOT, "eschess engine, one thread, %s %s, %d cores%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        EngineSpeed.print();
        if (games == 0) {
            return;
        }

        Optional<Path> stockfish = StockfishLocator.locate(System.getenv("PATH"));
        if (stockfish.isEmpty()) {
            System.out.println("no match: stockfish is not installed (looked on the PATH and at "
                    + StockfishLocator.DEBIAN_LOCATION + "); on Debian: apt-get install stockfish");
            return;
        }
        try (UciEngine opponent = UciEngine.start(stockfish.get())) {
            System.out.printf(Locale.ROOT, "match: eschess level %d against %s (%s), %d ms a move, one thread, "
                    + "%d games per skill level%n", level.number(), opponent.name(), stockfish.get(),
                    moveTime.toMillis(), games);
            opponent.setOption("Threads", "1");
            for (int skill : settings.skills()) {
                playAtSkill(opponent, skill, level, games, moveTime);
            }
        }
    }

    /** The command line, checked. */
    private record Settings(int games, int[] skills, Duration moveTime, Level level) {

        static Optional<Settings> parse(String[] args) {
            try {
                int games = args.length > 0 ? Integer.parseInt(args[0]) : 10;
                int[] skills = Arrays.stream((args.length > 1 ? args[1] : "5,10,15,20").split(","))
                        .mapToInt(Integer::parseInt).toArray();
                long moveMillis = args.length > 2 ? Long.parseLong(args[2]) : 100;
                int level = args.length > 3 ? Integer.parseInt(args[3]) : Level.HIGHEST;
                boolean valid = args.length <= 4 && games >= 0 && games <= 40 && games % 2 == 0
                        && Arrays.stream(skills).allMatch(skill -> skill >= 0 && skill <= 20)
                        && moveMillis >= 10 && moveMillis <= 10_000 && level >= Level.LOWEST && level <= Level.HIGHEST;
                return valid
                        ? Optional.of(new Settings(games, skills, Duration.ofMillis(moveMillis), Level.of(level)))
                        : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    private static void playAtSkill(UciEngine opponent, int skill, Level level, int games, Duration moveTime)
            throws IOException, InterruptedException {
        opponent.setOption("Skill Level", Integer.toString(skill));
        MatchScore score = new MatchScore(0, 0, 0);
        Map<String, Integer> endings = new TreeMap<>();
        long ourNanos = 0;
        long ourMoves = 0;
        long ourLongest = 0;
        long start = System.nanoTime();
        for (int game = 0; game < games; game++) {
            Color ours = game % 2 == 0 ? Color.WHITE : Color.BLACK;
            MatchGame.Result result = MatchGame.play(opponent, level, ours, Openings.forGame(game), moveTime, game);
            score = score.plus(result.outcome());
            endings.merge(result.ending(), 1, Integer::sum);
            ourNanos += result.ourNanos();
            ourMoves += result.ourMoves();
            ourLongest = Math.max(ourLongest, result.ourLongest());
            System.out.printf(Locale.ROOT, "  skill %2d game %2d: eschess %s, %s after %d plies, %s%n", skill, game + 1,
                    ours, result.outcome(), result.plies(), result.ending());
        }
        System.out.printf(Locale.ROOT, "skill %2d: eschess +%d =%d -%d, %.1f/%d (%.0f %%), Elo difference %s; "
                + "eschess %.0f ms a move on average, %.0f ms at most; endings %s; %d s%n", skill, score.wins(),
                score.draws(), score.losses(), score.points(), score.games(), 100 * score.points() / score.games(),
                score.eloDifference(), ourNanos / 1e6 / Math.max(1, ourMoves), ourLongest / 1e6, endings,
                (System.nanoTime() - start) / 1_000_000_000L);
    }
}
