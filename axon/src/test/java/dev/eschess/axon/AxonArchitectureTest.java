package dev.eschess.axon;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layout of the Axon variant, named as the game wiring of the hand-rolled one: the command side, storage,
 * serialization and time travel know nothing of the web module; only {@code app} (the port adapter) and
 * {@code projection} (the lobby feed) do, and nothing depends on the application.
 */
class AxonArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.eschess.axon");

    @Test
    void onlyTheApplicationAndTheLobbyFeedUseTheWebModule() {
        noClasses().that().resideInAPackage("dev.eschess.axon..")
                .and().resideOutsideOfPackages("dev.eschess.axon.app..", "dev.eschess.axon.projection..")
                .should().dependOnClassesThat().resideInAPackage("dev.eschess.web..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheSpringApplication() {
        noClasses().that().resideInAPackage("dev.eschess.axon..")
                .and().resideOutsideOfPackage("dev.eschess.axon.app..")
                .should().dependOnClassesThat().resideInAPackage("dev.eschess.axon.app..")
                .check(classes);
    }

    @Test
    void mainPackagesAreFreeOfCycles() {
        slices().matching("dev.eschess.axon.(**)").should().beFreeOfCycles().check(classes);
    }
}
