package dev.eschess;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.eschess.chess.Position;
import dev.eschess.cyclewitness.ping.Ping;
import dev.eschess.cyclewitness.pong.Pong;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * shared-domain is plain Java: no framework, serializer, persistence or javax/jakarta type in its main code,
 * and no package cycle.
 */
class ArchitectureTest {

    private static final String[] FORBIDDEN_PACKAGES = {
            "org.springframework..", "org.axonframework..", "com.fasterxml..", "javax..", "jakarta..", "org.hibernate.."};

    private static final ArchRule NO_FRAMEWORK = noClasses().that().resideInAPackage("dev.eschess..")
            .should().dependOnClassesThat().resideInAnyPackage(FORBIDDEN_PACKAGES)
            .because("shared-domain is shared by both event-sourcing variants and must stay framework-free");

    private static final ArchRule ONLY_JDK_AND_ITSELF = classes().that().resideInAPackage("dev.eschess..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.eschess..")
            .because("shared-domain has no runtime dependency at all");

    private static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.eschess.(**)")
            .should().beFreeOfCycles()
            .because("a package that depends on itself through others cannot be read, tested or moved on its own");

    private static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() {
        mainClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.eschess");
    }

    @Test
    void theImportSeesTheMainClassesAndNoTestClasses() {
        assertThat(mainClasses.contain(Position.class)).isTrue();
        assertThat(mainClasses.contain(ArchitectureTest.class)).isFalse();
    }

    @Test
    void sharedDomainDependsOnNoFrameworkSerializerOrPersistenceApi() {
        NO_FRAMEWORK.check(mainClasses);
    }

    @Test
    void sharedDomainDependsOnlyOnTheJdkAndItself() {
        ONLY_JDK_AND_ITSELF.check(mainClasses);
    }

    @Test
    void mainPackagesAreFreeOfCycles() {
        NO_PACKAGE_CYCLES.check(mainClasses);
    }

    @Test
    void theRulesReportAClassThatUsesAJavaxType() {
        JavaClasses violating = new ClassFileImporter().importClasses(UsesJavax.class);

        assertThat(NO_FRAMEWORK.evaluate(violating).hasViolation()).isTrue();
        assertThat(ONLY_JDK_AND_ITSELF.evaluate(violating).hasViolation()).isTrue();
    }

    @Test
    void theCycleRuleReportsTwoPackagesThatDependOnEachOther() {
        JavaClasses violating = new ClassFileImporter().importClasses(Ping.class, Pong.class);

        assertThat(NO_PACKAGE_CYCLES.evaluate(violating).hasViolation()).isTrue();
    }

    /** A deliberate violation (test code, so never part of the checked main classes). */
    static final class UsesJavax {
        QName name;
    }
}
