package dev.eschess.game.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The checked-in {@code docs/scenarios.md} is the rendering of the catalogue. Run with
 * {@code -Dscenarios.write=true} to rewrite it (see {@link ScenarioMarkdown#REGENERATE_COMMAND}).
 */
class ScenarioMarkdownTest {

    @Test
    void checkedInScenariosMarkdownMatchesTheCatalogue() throws IOException {
        Path file = repositoryRoot().resolve("docs").resolve("scenarios.md");
        String rendered = ScenarioMarkdown.render(ScenarioCatalogue.byFeature());
        if (Boolean.getBoolean("scenarios.write")) {
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(file))
                .as("%s is missing; generate it with: %s", file, ScenarioMarkdown.REGENERATE_COMMAND)
                .isTrue();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("docs/scenarios.md is stale; regenerate it with: %s", ScenarioMarkdown.REGENERATE_COMMAND)
                .isEqualTo(rendered);
    }

    @Test
    void everyScenarioAppearsInTheRenderingUnderItsFeature() {
        String rendered = ScenarioMarkdown.render(ScenarioCatalogue.byFeature());

        for (Scenario scenario : ScenarioCatalogue.all()) {
            int feature = rendered.indexOf("\n## " + scenario.feature().title() + "\n");
            assertThat(feature).as(scenario.feature().title()).isPositive();
            assertThat(rendered.indexOf(scenario.name().substring(1), feature)).as(scenario.name()).isPositive();
        }
    }

    @Test
    void givenMovesAreRenderedInSanWithMoveNumbers() {
        String rendered = ScenarioMarkdown.render(ScenarioCatalogue.byFeature());

        assertThat(rendered).contains("moves played: 1. f3 e5 2. g4");
        assertThat(rendered).contains("**Qh4#**");
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs").resolve("adr"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("no docs/adr above the working directory").isNotNull();
        return dir;
    }
}
