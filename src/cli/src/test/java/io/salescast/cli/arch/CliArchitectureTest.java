package io.salescast.cli.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** DESIGN.md section 1: dependencies run one way, core &lt;- neural &lt;- {cli, app}. */
class CliArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.salescast.cli");

    @Test
    void respectsModuleDependencies() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.salescast.app..")
                .allowEmptyShould(true).check(CLASSES);
    }
}
