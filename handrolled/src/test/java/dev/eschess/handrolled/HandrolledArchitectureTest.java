package dev.eschess.handrolled;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The hand-rolled core is generic and framework-free; only its {@code game} package knows chess, and only its
 * {@code app} package (the Spring Boot game server around the core) may use Spring.
 */
class HandrolledArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.eschess.handrolled");

    @Test
    void theGenericCoreKnowsNothingOfChess() {
        noClasses().that().resideInAPackage("dev.eschess.handrolled..")
                .and().resideOutsideOfPackage("dev.eschess.handrolled.game..")
                .and().resideOutsideOfPackage("dev.eschess.handrolled.app..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.eschess.game..", "dev.eschess.chess..",
                        "dev.eschess.handrolled.game..")
                .check(classes);
    }

    @Test
    void theCoreDoesNotDependOnSpringAxonOrTheWebModule() {
        noClasses().that().resideInAPackage("dev.eschess.handrolled..")
                .and().resideOutsideOfPackage("dev.eschess.handrolled.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..",
                        "dev.eschess.web..")
                .check(classes);
    }

    @Test
    void theCoreDoesNotDependOnItsSpringApplication() {
        noClasses().that().resideInAPackage("dev.eschess.handrolled..")
                .and().resideOutsideOfPackage("dev.eschess.handrolled.app..")
                .should().dependOnClassesThat().resideInAPackage("dev.eschess.handrolled.app..")
                .check(classes);
    }
}
