package dev.eschess.benchmarks.engines;

/** The paths {@link GameReplayBenchmark} measures, by the name its {@code engine} parameter gives them. */
final class CommandPaths {

    private CommandPaths() {
    }

    /**
     * (a) "decider": the shared decider alone; (b) "handrolled": the hand-rolled core in memory; (c) "axon-default":
     * Axon as it comes on its in-memory engine; the same on JSON storage, "axon-default-json"; (d) "axon-tuned".
     */
    static CommandPath named(String name) {
        return switch (name) {
            case "decider" -> new BareDecider();
            case "handrolled" -> new HandrolledCommands();
            case "axon-default" -> new AxonCommands(AxonSetup.AS_IT_COMES_OBJECTS);
            case "axon-default-json" -> new AxonCommands(AxonSetup.AS_IT_COMES_JSON);
            case "axon-tuned" -> new AxonCommands(AxonSetup.TUNED_JSON);
            default -> throw new IllegalArgumentException("no engine " + name);
        };
    }
}
