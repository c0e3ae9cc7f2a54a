package dev.eschess.benchmarks;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The benchmarks' main code has no package cycle, like every other module. */
class BenchmarksArchitectureTest {

    private static final JavaClasses BENCHMARKS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.eschess.benchmarks");

    @Test
    void theImportSeesTheMainClassesAndNoTestClasses() {
        assertThat(BENCHMARKS.contain(PerftComparison.class)).isTrue();
        assertThat(BENCHMARKS.contain(BenchmarksArchitectureTest.class)).isFalse();
    }

    @Test
    void mainPackagesAreFreeOfCycles() {
        slices().matching("dev.eschess.(**)").should().beFreeOfCycles().check(BENCHMARKS);
    }
}
