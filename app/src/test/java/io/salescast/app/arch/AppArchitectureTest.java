package io.salescast.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** DESIGN.md sections 1 and 5: one-way dependencies, MVVM (views never call the engine), documented packages. */
class AppArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.salescast.app");

    @Test
    void respectsModuleDependencies() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("picocli..", "io.salescast.cli..")
                .allowEmptyShould(true).check(CLASSES);
    }

    @Test
    void doesNotPrintToStandardStreams() {
        noClasses().should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .allowEmptyShould(true).check(CLASSES);
    }

    @Test
    void viewsNeverCallTheEngine() {
        noClasses().that().resideInAPackage("io.salescast.app.view..")
                .should().dependOnClassesThat().resideInAnyPackage("io.salescast.forecast.engine..", "io.salescast.forecast.global..",
                        "io.salescast.forecast.baseline..", "io.salescast.explain..", "io.salescast.report..",
                        "io.salescast.app.persist..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.salescast.ingest.Importer")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.salescast.series.SeriesImport")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.salescast.sample.SampleStore")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.salescast.features.FeatureBuilder")
                .check(CLASSES);
    }

    @Test
    void viewModelsDoNotTouchControls() {
        noClasses().that().resideInAPackage("io.salescast.app.viewmodel..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "io.salescast.app.view..")
                .check(CLASSES);
    }

    @Test
    void everyPackageHasPackageInfo() {
        Set<String> packages = new TreeSet<>();
        Set<String> documented = new TreeSet<>();
        CLASSES.forEach(c -> {
            packages.add(c.getPackageName());
            if (c.getSimpleName().equals("package-info")) {
                documented.add(c.getPackageName());
            }
        });
        assertThat(documented).containsAll(packages);
    }
}
