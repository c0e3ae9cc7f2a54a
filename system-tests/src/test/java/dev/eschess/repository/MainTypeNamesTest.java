package dev.eschess.repository;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No two main types of different modules share a simple name, so a reader who meets a name knows which module's
 * role it plays, except for the deliberately parallel adapters of one concern named in {@link #PARALLEL_ADAPTERS}.
 * Reads every module's compiled main classes ({@code <module>/target/classes}; this module builds last).
 */
class MainTypeNamesTest {

    private static final List<String> MODULES = List.of("shared-domain", "engine", "web", "handrolled", "axon", "benchmarks");

    /** Simple names that both variants use on purpose, each for the same job in its own framework. */
    private static final Map<String, String> PARALLEL_ADAPTERS = Map.of(
            "LobbyFeed", "feeds web's lobby from each variant's own subscription (core JdbcProjection / Axon processor)",
            "GameCreatedV1Upcaster", "the same GameCreated v1 -> v2 step in each variant's upcaster API",
            "GameCreatedV2Upcaster", "the same GameCreated v2 -> v3 step in each variant's upcaster API",
            "LiveFeed", "feeds this instance's live streams from each variant's own per-instance subscription");

    private static JavaClasses mainClasses() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> compiled = MODULES.stream().map(module -> root.resolve(module).resolve("target/classes")).toList();
        assertThat(compiled).as("every module is compiled before this one").allMatch(Files::isDirectory);
        return new ClassFileImporter().importPaths(compiled);
    }

    /** Simple name of every top-level main type, with the modules that declare one of that name. */
    static Map<String, Set<String>> modulesBySimpleName(JavaClasses classes) {
        Map<String, Set<String>> modules = new TreeMap<>();
        for (JavaClass type : classes) {
            if (type.isTopLevelClass() && !type.getSimpleName().equals("package-info")) {
                String module = type.getSource().map(source -> moduleOf(source.getUri().getPath())).orElse("?");
                modules.computeIfAbsent(type.getSimpleName(), name -> new TreeSet<>()).add(module);
            }
        }
        return modules;
    }

    private static String moduleOf(String classFilePath) {
        return MODULES.stream().filter(module -> classFilePath.contains("/" + module + "/target/classes/"))
                .findFirst().orElse("?");
    }

    @Test
    void noTwoModulesDeclareAMainTypeOfTheSameSimpleNameUnlessItIsADeliberateParallelAdapter() {
        Map<String, Set<String>> shared = modulesBySimpleName(mainClasses()).entrySet().stream()
                .filter(entry -> entry.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));

        assertThat(shared.keySet()).as("simple names declared in more than one module: %s", shared)
                .isSubsetOf(PARALLEL_ADAPTERS.keySet());
    }

    @Test
    void everyAllowedParallelAdapterStillExistsInBothVariants() {
        Map<String, Set<String>> modules = modulesBySimpleName(mainClasses());

        assertThat(PARALLEL_ADAPTERS.keySet()).allSatisfy(name ->
                assertThat(modules.get(name)).as(name).containsExactlyInAnyOrder("handrolled", "axon"));
    }

    @Test
    void theImportSeesTheMainClassesOfEveryModule() {
        Map<String, Set<String>> modules = modulesBySimpleName(mainClasses());

        assertThat(modules.values().stream().flatMap(Set::stream).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(MODULES);
    }
}
