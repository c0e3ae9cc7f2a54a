package dev.eschess.benchmarks.comparison;

import dev.eschess.benchmarks.comparison.SettingSource.Constant;
import dev.eschess.benchmarks.comparison.SettingSource.Mention;
import dev.eschess.benchmarks.comparison.SettingSource.Mentions;
import dev.eschess.benchmarks.comparison.SettingSource.PlaceholderDefault;
import dev.eschess.benchmarks.comparison.SettingSource.YamlKey;
import java.util.List;

/** The settings the comparison must hold equal or explain, and where each variant keeps them. */
final class FairSettings {

    private static final String H_YML = "handrolled/src/main/resources/application.yml";
    private static final String A_YML = "axon/src/main/resources/application.yml";
    private static final String H = "handrolled/src/main/java/dev/eschess/handrolled/";
    private static final String A = "axon/src/main/java/dev/eschess/axon/";

    private FairSettings() {
    }

    static List<FairSetting> all() {
        return List.of(
                new FairSetting("snapshot-interval", "snapshot interval (events)",
                        List.of(new YamlKey(H_YML, "eschess.handrolled.snapshot-every"),
                                new Constant(H + "command/HandrolledGameCommands.java", "DEFAULT_SNAPSHOT_EVERY")),
                        List.of(new YamlKey(A_YML, "eschess.axon.snapshot-every"),
                                new PlaceholderDefault(A + "command/GameAggregateConfig.java",
                                        "eschess.axon.snapshot-every"))),
                new FairSetting("retry-attempts", "attempts of an unpinned command that loses a race",
                        List.of(new YamlKey(H_YML, "eschess.handrolled.command-attempts"),
                                new Constant(H + "command/HandrolledGameCommands.java", "DEFAULT_ATTEMPTS")),
                        List.of(new YamlKey(A_YML, "eschess.axon.command-attempts"),
                                new PlaceholderDefault(A + "command/AxonGameCommands.java",
                                        "eschess.axon.command-attempts"))),
                new FairSetting("stored-metadata", "metadata stored with each event of an HTTP command",
                        List.of(new Mentions(FileSet.of(H + "app/HandrolledGameEngine.java"), List.of(
                                new Mention(".withCommandId(", "command id", false),
                                new Mention(".withCorrelationId(", "correlation id", false),
                                new Mention(".withCausationId(", "causation id", false),
                                new Mention(".withActingPlayerId(", "acting player", false)))),
                        List.of(new Mentions(FileSet.of(A + "**.java"), List.of(
                                new Mention("metaData.and(CommandMetadata.COMMAND_ID", "command id", false),
                                new Mention("MetaData.with(CommandMetadata.ACTING_PLAYER", "acting player", false),
                                new Mention("CorrelationDataProvider", "Axon's default correlationId (the command "
                                        + "message's id) and traceId (the first message's id)", true))))),
                new FairSetting("state-cache", "folded games cached per process",
                        List.of(new YamlKey(H_YML, "eschess.handrolled.state-cache-games"),
                                new PlaceholderDefault(H + "app/HandrolledGameServer.java",
                                        "eschess.handrolled.state-cache-games")),
                        List.of(new YamlKey(A_YML, "eschess.axon.cache.games"),
                                new PlaceholderDefault(A + "command/GameAggregateConfig.java",
                                        "eschess.axon.cache.games"))),
                new FairSetting("other-instances", "how soon live streams see another instance's events",
                        List.of(new YamlKey(H_YML, "eschess.handrolled.live.poll-interval"),
                                new PlaceholderDefault(H + "app/HandrolledGameServer.java",
                                        "eschess.handrolled.live.poll-interval")),
                        List.of(new YamlKey(A_YML, "eschess.axon.event-store.fetch-delay"),
                                new PlaceholderDefault(A + "storage/AxonStorageConfig.java",
                                        "eschess.axon.event-store.fetch-delay"))));
    }
}
