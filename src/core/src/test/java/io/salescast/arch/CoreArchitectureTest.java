package io.salescast.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN.md section 1: core never sees JavaFX, picocli or DL4J, and never prints to stdout; the
 * feature layer sits below explanations and reports.
 */
class CoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.salescast");

    @Test
    void coreDoesNotDependOnUiCliOrNeuralLibraries() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "picocli..", "org.deeplearning4j..", "org.nd4j..",
                        "io.salescast.neural..", "io.salescast.cli..", "io.salescast.app..")
                .check(CORE);
    }

    @Test
    void featuresIsBelowExplanationsAndReports() {
        // features owns FeatureFamily; explain and report read it, never the other way round
        noClasses().that().resideInAPackage("io.salescast.features..")
                .should().dependOnClassesThat().resideInAnyPackage("io.salescast.explain..", "io.salescast.report..")
                .check(CORE);
    }

    @Test
    void coreDoesNotPrintToStandardStreams() {
        noClasses().should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(CORE);
    }

    @Test
    void everyPackageHasPackageInfo() {
        Set<String> packages = new TreeSet<>();
        Set<String> documented = new TreeSet<>();
        CORE.forEach(c -> {
            packages.add(c.getPackageName());
            if (c.getSimpleName().equals("package-info")) {
                documented.add(c.getPackageName());
            }
        });
        assertThat(documented).containsAll(packages);
    }
}
