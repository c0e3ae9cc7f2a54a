package dev.eschess.benchmarks.comparison;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The run the report was generated in: machine, JDK, commit and date, stated at its top.
 *
 * @param cores   the processors this JVM may use
 * @param cpu     the CPU model ({@code /proc/cpuinfo})
 * @param memory  the machine's memory ({@code /proc/meminfo})
 * @param os      the operating system and kernel
 * @param jdk     the JDK running the generator (the one {@code comparison.sh} runs the benchmarks with)
 * @param commit  the Git commit, with a note if the work tree has changes
 * @param date    when the report was generated
 * @param load    the load average when it was generated
 */
record MachineFacts(int cores, String cpu, String memory, String os, String jdk, String commit, Instant date,
                    String load) {

    /** The facts of this machine and of the repository at {@code root}. */
    static MachineFacts probe(Path root) {
        String cpu = lines("/proc/cpuinfo").stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        String memory = lines("/proc/meminfo").stream().filter(line -> line.startsWith("MemTotal:"))
                .map(line -> String.format("%.1f GiB", Long.parseLong(line.replaceAll("[^0-9]", "")) / 1048576.0))
                .findFirst().orElse("unknown");
        String os = lines("/etc/os-release").stream().filter(line -> line.startsWith("PRETTY_NAME="))
                .map(line -> line.substring("PRETTY_NAME=".length()).replace("\"", "")).findFirst()
                .orElse(System.getProperty("os.name")) + ", kernel " + System.getProperty("os.version") + ", "
                + System.getProperty("os.arch");
        String jdk = System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.name") + " "
                + System.getProperty("java.runtime.version");
        String commit = git(root, "rev-parse", "HEAD").orElse("unknown")
                + git(root, "status", "--porcelain", "--untracked-files=no")
                .map(changes -> changes.isBlank() ? "" : " (with uncommitted changes)").orElse("");
        String load = lines("/proc/loadavg").stream().findFirst()
                .map(line -> String.join(" ", List.of(line.split(" ")).subList(0, 3))).orElse("unknown");
        return new MachineFacts(Runtime.getRuntime().availableProcessors(), cpu, memory, os, jdk, commit,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), load);
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException unavailable) {
            return List.of();
        }
    }

    private static Optional<String> git(Path root, String... arguments) {
        try {
            List<String> command = new java.util.ArrayList<>(List.of("git", "-C", root.toString()));
            command.addAll(List.of(arguments));
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output;
            try (InputStream in = git.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            boolean done = git.waitFor(10, TimeUnit.SECONDS);
            return done && git.exitValue() == 0 ? Optional.of(output) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
