package dev.eschess.benchmarks.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An external chess engine spoken to over UCI (the Universal Chess Interface: text lines on standard input and
 * output): started once, asked for one move at a time with a fixed time per move. Every answer is awaited with a
 * timeout, so a hung engine ends the benchmark instead of stalling it.
 */
final class UciEngine implements AutoCloseable {

    private static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);
    /** Beyond its thinking time, how long an engine may take to answer with its move. */
    private static final Duration MOVE_GRACE = Duration.ofSeconds(5);
    private static final String END_OF_OUTPUT = "\u0000end";

    private final Process process;
    private final PrintWriter input;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final String name;

    private UciEngine(Process process) throws IOException, InterruptedException {
        this.process = process;
        this.input = new PrintWriter(process.getOutputStream(), true, StandardCharsets.US_ASCII);
        Thread.ofVirtual().start(this::readOutput);
        send("uci");
        String id = "";
        for (String line = await(HANDSHAKE_TIMEOUT); !line.equals("uciok"); line = await(HANDSHAKE_TIMEOUT)) {
            if (line.startsWith("id name ")) {
                id = line.substring("id name ".length());
            }
        }
        this.name = id;
    }

    /** Starts the engine binary and completes the UCI handshake. */
    static UciEngine start(Path binary) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(binary.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return new UciEngine(process);
    }

    /** The name the engine gave in its handshake, such as "Stockfish 15.1". */
    String name() {
        return name;
    }

    /** Sets a UCI option, such as "Skill Level", and waits until the engine is ready. */
    void setOption(String option, String value) throws IOException, InterruptedException {
        send("setoption name " + option + " value " + value);
        awaitReady();
    }

    /** Tells the engine a new game starts (it clears its hash table) and waits until it is ready. */
    void newGame() throws IOException, InterruptedException {
        send("ucinewgame");
        awaitReady();
    }

    /** The engine's move, in UCI notation, after the moves from the start position, thinking {@code moveTime}. */
    String bestMove(List<String> uciMoves, Duration moveTime) throws IOException, InterruptedException {
        send(uciMoves.isEmpty() ? "position startpos" : "position startpos moves " + String.join(" ", uciMoves));
        send("go movetime " + moveTime.toMillis());
        Duration timeout = moveTime.plus(MOVE_GRACE);
        for (String line = await(timeout); ; line = await(timeout)) {
            if (line.startsWith("bestmove ")) {
                return line.split(" ")[1];
            }
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        send("isready");
        for (String line = await(HANDSHAKE_TIMEOUT); !line.equals("readyok"); line = await(HANDSHAKE_TIMEOUT)) {
            // skip info lines
        }
    }

    private void send(String command) {
        input.println(command);
    }

    private String await(Duration timeout) throws IOException, InterruptedException {
        String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new IOException("the engine did not answer within " + timeout);
        }
        if (line.equals(END_OF_OUTPUT)) {
            throw new IOException("the engine exited");
        }
        return line;
    }

    private void readOutput() {
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                lines.add(line.strip());
            }
        } catch (IOException e) {
            // the process is gone; reported below like a normal end of output
        }
        lines.add(END_OF_OUTPUT);
    }

    @Override
    public void close() throws InterruptedException {
        send("quit");
        if (!process.waitFor(2, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
