package io.salescast.neural.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** DESIGN.md section 1: dependencies run one way, core &lt;- neural &lt;- {cli, app}. */
class NeuralArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.salescast.neural");

    @Test
    void respectsModuleDependencies() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "picocli..", "io.salescast.cli..", "io.salescast.app..")
                .allowEmptyShould(true).check(CLASSES);
    }

    @Test
    void doesNotPrintToStandardStreams() {
        noClasses().should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .allowEmptyShould(true).check(CLASSES);
    }
}
