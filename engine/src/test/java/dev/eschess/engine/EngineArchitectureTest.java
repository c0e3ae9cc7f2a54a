package dev.eschess.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.eschess.engine.cyclewitness.ping.Ping;
import dev.eschess.engine.cyclewitness.pong.Pong;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine is plain Java on the shared rules: it uses the JDK and shared-domain only, with no package cycle. */
class EngineArchitectureTest {

    private static final ArchRule ONLY_JDK_AND_SHARED_DOMAIN = classes().that().resideInAPackage("dev.eschess.engine..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "dev.eschess.engine..", "dev.eschess.chess..", "dev.eschess.game..")
            .because("the engine is a library for both variants: no framework, nothing but the rules it plays by");

    private static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.eschess.engine.(**)")
            .should().beFreeOfCycles()
            .because("search, evaluation and levels are read and tested one at a time");

    private static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() {
        mainClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.eschess.engine");
    }

    @Test
    void theImportSeesTheMainClassesAndNoTestClasses() {
        assertThat(mainClasses.contain(ComputerPlayer.class)).isTrue();
        assertThat(mainClasses.contain(EngineArchitectureTest.class)).isFalse();
    }

    @Test
    void theEngineDependsOnlyOnTheJdkAndTheSharedDomain() {
        ONLY_JDK_AND_SHARED_DOMAIN.check(mainClasses);
    }

    @Test
    void enginePackagesAreFreeOfCycles() {
        NO_PACKAGE_CYCLES.check(mainClasses);
    }

    @Test
    void theDependencyRuleReportsAClassThatUsesAnotherLibrary() {
        JavaClasses violating = new ClassFileImporter().importClasses(UsesJavax.class);

        assertThat(ONLY_JDK_AND_SHARED_DOMAIN.evaluate(violating).hasViolation()).isTrue();
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
