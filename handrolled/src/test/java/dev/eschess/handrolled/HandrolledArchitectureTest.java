package dev.eschess.handrolled;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layout of the hand-rolled variant: {@code core} is the generic, framework-free event-sourcing core (what
 * Axon Framework is to the other variant); the packages beside it wire the chess game into it, named as in the
 * {@code axon} module; only {@code app} and {@code projection} touch Spring and the web module.
 */
class HandrolledArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.eschess.handrolled");

    @Test
    void theGenericCoreKnowsNothingOfChessNorOfTheGameWiredIntoIt() {
        noClasses().that().resideInAPackage("dev.eschess.handrolled.core..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.eschess.game..", "dev.eschess.chess..")
                .orShould().dependOnClassesThat(DescribedPredicate.describe(
                        "reside in the game wiring", type -> type.getPackageName().startsWith("dev.eschess.handrolled.")
                                && !type.getPackageName().startsWith("dev.eschess.handrolled.core")))
                .check(classes);
    }

    @Test
    void theCoreDoesNotDependOnSpringAxonOrTheWebModule() {
        noClasses().that().resideInAPackage("dev.eschess.handrolled.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..",
                        "dev.eschess.web..")
                .check(classes);
    }

    @Test
    void onlyTheApplicationAndTheLobbyFeedUseSpringOrTheWebModule() {
        noClasses().that().resideInAPackage("dev.eschess.handrolled..")
                .and().resideOutsideOfPackages("dev.eschess.handrolled.app..", "dev.eschess.handrolled.projection..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "dev.eschess.web..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheSpringApplication() {
        noClasses().that().resideInAPackage("dev.eschess.handrolled..")
                .and().resideOutsideOfPackage("dev.eschess.handrolled.app..")
                .should().dependOnClassesThat().resideInAPackage("dev.eschess.handrolled.app..")
                .check(classes);
    }

    @Test
    void mainPackagesAreFreeOfCycles() {
        slices().matching("dev.eschess.handrolled.(**)").should().beFreeOfCycles().check(classes);
    }
}
