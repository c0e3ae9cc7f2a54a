package dev.eschess.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class WebArchitectureTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.eschess.web");

    @Test
    void thePortDependsOnlyOnTheJdkAndTheSharedDomain() {
        classes().that().resideInAPackage("dev.eschess.web.port..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.eschess.web.port..", "dev.eschess.game..", "dev.eschess.chess..")
                .check(WEB);
    }

    @Test
    void theWebModuleKnowsNoVariant() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("dev.eschess.handrolled..", "dev.eschess.axon..", "org.axonframework..")
                .check(WEB);
    }

    @Test
    void mainPackagesAreFreeOfCycles() {
        slices().matching("dev.eschess.(**)").should().beFreeOfCycles().check(WEB);
    }

    @Test
    void renderingDoesNotDependOnHttp() {
        noClasses().that().resideInAPackage("dev.eschess.web.view..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..")
                .check(WEB);
    }
}
