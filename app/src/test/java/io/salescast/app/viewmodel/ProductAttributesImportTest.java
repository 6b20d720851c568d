package io.salescast.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.salescast.app.infra.BackgroundTasks;
import io.salescast.app.persist.ProjectDocument;
import io.salescast.app.persist.ProjectFiles;
import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.forecast.engine.ModelCatalog;
import io.salescast.project.Project;
import io.salescast.project.ProjectStore;
import io.salescast.sample.SampleOptions;
import io.salescast.sample.SampleWriter;
import io.salescast.series.LongFormatWriter;
import io.salescast.series.SalesPanel;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import page's product attributes from another sheet or file, through to features and saved projects. */
class ProductAttributesImportTest {

    private static Path tinyWorkbook;

    @TempDir
    Path dir;
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, 1);
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @AfterEach
    void close() {
        tasks.close();
    }

    /** The tiny sample store (20 products) as the same writer writes the bundled workbook: "Daily sales" and "Products". */
    static synchronized Path tinyWorkbook() throws Exception {
        if (tinyWorkbook == null) {
            Path d = Files.createTempDirectory("salescast-tiny-sample");
            d.toFile().deleteOnExit();
            tinyWorkbook = SampleWriter.write(SampleOptions.tiny(), d, ProgressListener.NONE, CancellationToken.none()).directory()
                    .resolve(SampleWriter.DAILY);
        }
        return tinyWorkbook;
    }

    private static void waitFor(java.util.function.BooleanSupplier cond) throws InterruptedException {
        TestSessions.waitFor(30, cond);
    }

    private ImportViewModel opened(SessionViewModel session, Path file) throws Exception {
        ImportViewModel vm = new ImportViewModel(session, tasks, dialogs);
        vm.open(file);
        waitFor(() -> vm.readyProperty().get());
        return vm;
    }

    @Test
    void productsSheetOfTheWorkbookJoinsAndReachesFeaturesAndTheSavedProject() throws Exception {
        SessionViewModel session = new SessionViewModel(tasks, dialogs);
        ImportViewModel vm = opened(session, tinyWorkbook());
        ProductAttributesViewModel attrs = vm.attributes();
        assertThat(vm.sheetProperty().get()).isEqualTo("Daily sales");
        assertThat(attrs.suggestedSheetProperty().get()).isEqualTo("Products");
        assertThat(attrs.active()).isFalse();

        attrs.useSheet("Products");
        waitFor(() -> !attrs.summaryProperty().get().isEmpty());
        assertThat(attrs.columns()).contains("sku", "category", "brand", "launch_date");
        assertThat(attrs.keys()).singleElement().satisfies(k -> {
            assertThat(k.seriesKey()).isEqualTo("sku");
            assertThat(k.column().get()).isEqualTo("sku");
        });
        assertThat(attrs.attributes()).extracting(Toggle::name).doesNotContain("sku").contains("category", "brand", "launch_date");
        assertThat(attrs.attributes()).allMatch(t -> t.selected().get());
        assertThat(attrs.previewRows()).hasSize(ProductAttributesViewModel.PREVIEW_ROWS);
        assertThat(attrs.summaryProperty().get()).startsWith("20 of 20 products matched by sku.");
        assertThat(attrs.errorProperty().get()).isEmpty();
        // leave one attribute out
        attrs.attributes().stream().filter(t -> t.name().equals("description")).findFirst().orElseThrow().selected().set(false);
        assertThat(vm.readyProperty().get()).isTrue();

        assertThat(vm.importData()).isTrue();
        SalesPanel panel = session.panelProperty().get();
        String id = panel.ids().get(0);
        assertThat(panel.attributes().names()).contains("category", "brand", "launch_date").doesNotContain("description");
        assertThat(panel.attributes().get(id, "category")).isNotBlank();
        assertThat(panel.attributes().get(id, "brand")).isNotBlank();
        var info = session.importProperty().get();
        assertThat(info.attributes().sameFile()).isTrue();
        assertThat(info.attributes().read().sheet()).isEqualTo("Products");
        assertThat(info.attributes().keys()).containsExactly(Map.entry("sku", "sku"));

        // the Features page offers the joined attributes, category and brand on by default
        FeaturesViewModel features = new FeaturesViewModel(session);
        assertThat(features.attributes()).extracting(Toggle::name).contains("category", "brand", "launch_date");
        assertThat(features.attributes()).filteredOn(t -> t.name().equals("category") || t.name().equals("brand"))
                .allMatch(t -> t.selected().get());

        // save and reopen: same attributes, and the origin of the join is remembered
        ModelsViewModel models = new ModelsViewModel(session, false, false, "test");
        ProjectViewModel project = new ProjectViewModel(session, models,
                new TrainingViewModel(session, models, tasks, dialogs, ModelCatalog::standard), tasks, dialogs, dir.resolve("autosave"));
        Path file = dir.resolve("store.salescast");
        boolean[] done = {false};
        project.save(file, () -> done[0] = true);
        waitFor(() -> done[0]);

        SessionViewModel reopened = new SessionViewModel(tasks, dialogs);
        ModelsViewModel models2 = new ModelsViewModel(reopened, false, false, "test");
        ProjectViewModel project2 = new ProjectViewModel(reopened, models2,
                new TrainingViewModel(reopened, models2, tasks, dialogs, ModelCatalog::standard), tasks, dialogs, dir.resolve("autosave"));
        done[0] = false;
        project2.open(file, () -> done[0] = true);
        waitFor(() -> done[0]);
        SalesPanel back = reopened.panelProperty().get();
        assertThat(back.attributes().names()).isEqualTo(panel.attributes().names());
        for (String i : panel.ids()) {
            assertThat(back.attributes().get(i, "category")).isEqualTo(panel.attributes().get(i, "category"));
            assertThat(back.attributes().get(i, "launch_date")).isEqualTo(panel.attributes().get(i, "launch_date"));
        }
        assertThat(reopened.importProperty().get().attributes()).isEqualTo(info.attributes());

        // the bundle's project.json names its attributes.csv, so 'salescast run' on the unzipped bundle joins them too
        try (var zip = FileSystems.newFileSystem(URI.create("jar:" + file.toUri()), Map.of())) {
            Path json = dir.resolve("project.json");
            Files.copy(zip.getPath("project.json"), json);
            Project p = ProjectStore.load(json);
            assertThat(p.source().attributes().file()).isEqualTo("attributes.csv");
            assertThat(p.source().attributes().keys()).containsExactly(Map.entry("unique_id", "unique_id"));
        }
    }

    private Path sales() throws Exception {
        return ImportViewModelTest.writeSalesWithProblems(dir);
    }

    @Test
    void aKeyMismatchIsExplainedAndBlocksTheImportUntilFixedOrRemoved() throws Exception {
        SessionViewModel session = new SessionViewModel(tasks, dialogs);
        ImportViewModel vm = opened(session, sales());
        ProductAttributesViewModel attrs = vm.attributes();
        assertThat(attrs.suggestedSheetProperty().get()).as("a CSV has no other sheet").isNull();
        Path products = dir.resolve("products.csv");
        Files.writeString(products, "code,brand\n1,Acme\n2,Bix\n");

        attrs.useFile(products);
        waitFor(() -> !attrs.errorProperty().get().isEmpty());
        assertThat(attrs.errorProperty().get()).contains("products.csv", "holds the codes of sku", "code, brand");
        assertThat(vm.readyProperty().get()).isFalse();
        assertThat(vm.importData()).isFalse();

        attrs.keys().get(0).column().set("code");
        assertThat(attrs.errorProperty().get()).startsWith("products.csv, column \"code\": None of the 2 products matches")
                .contains("\"A-1\", \"B-2\"", "\"1\", \"2\"");
        assertThat(vm.readyProperty().get()).isFalse();

        attrs.clear();
        assertThat(attrs.errorProperty().get()).isEmpty();
        assertThat(vm.readyProperty().get()).isTrue();
    }

    @Test
    void duplicateKeysNameFileRowAndColumnAndPartialMatchesAreSummed() throws Exception {
        SessionViewModel session = new SessionViewModel(tasks, dialogs);
        ImportViewModel vm = opened(session, sales());
        ProductAttributesViewModel attrs = vm.attributes();
        Path products = dir.resolve("products.csv");
        Files.writeString(products, "sku,brand\nA-1,Acme\nZ-9,Zed\nA-1,Other\n");
        attrs.useFile(products);
        waitFor(() -> !attrs.errorProperty().get().isEmpty());
        assertThat(attrs.errorProperty().get()).startsWith("products.csv, row 4, column \"sku\": Product \"A-1\" has two rows")
                .contains("rows 2 and 4", "Keep one row per product");
        assertThat(vm.readyProperty().get()).isFalse();

        Files.writeString(products, "sku,brand\nA-1,Acme\nZ-9,Zed\n");
        attrs.useFile(products);
        waitFor(() -> !attrs.summaryProperty().get().isEmpty());
        assertThat(attrs.summaryProperty().get()).startsWith("1 of 2 products matched by sku; 1 product has no attributes row (\"B-2\");"
                + " 1 row matches no product.");
        assertThat(vm.readyProperty().get()).isTrue();
        dialogs.confirmAnswer = true;
        assertThat(vm.importData()).isTrue();
        SalesPanel panel = session.panelProperty().get();
        assertThat(panel.attributes().get("A-1", "brand")).isEqualTo("Acme");
        assertThat(panel.attributes().get("B-2", "brand")).isNull();
        assertThat(panel.attributes().get("A-1", "category")).as("the sales sheet's own attribute stays").isEqualTo("Toys");
        assertThat(session.importProperty().get().report().problems()).extracting(p -> p.kind())
                .contains(io.salescast.ingest.ProblemKind.ATTRIBUTES_MISSING);
        assertThat(session.importProperty().get().attributes().file()).isEqualTo(products.toAbsolutePath().toString());
    }

    @Test
    void bundlesSavedBeforeTheAttributeSourceStillLoadTheirAttributes() throws Exception {
        SalesPanel panel = TestSessions.tinyPanel();
        Path work = Files.createDirectory(dir.resolve("old"));
        ProjectStore.save(Project.create("old", ProjectFiles.embeddedSource(panel).withAttributes(null), panel.frequency(), 7),
                work.resolve("project.json"));
        assertThat(Files.readString(work.resolve("project.json"))).contains("\"formatVersion\" : 1");
        LongFormatWriter.write(panel, work.resolve("data.csv"));
        LongFormatWriter.writeAttributes(panel.attributes(), work.resolve("attributes.csv"));
        Files.writeString(work.resolve("workbench.json"), "{\"formatVersion\":1,\"origin\":\"sample\",\"trained\":false}");
        Path bundle = dir.resolve("old.salescast");
        try (OutputStream out = Files.newOutputStream(bundle); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : List.of("project.json", "workbench.json", "data.csv", "attributes.csv")) {
                zip.putNextEntry(new ZipEntry(name));
                try (InputStream in = Files.newInputStream(work.resolve(name))) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        ProjectFiles.Loaded loaded = ProjectFiles.load(bundle, ProgressListener.NONE, CancellationToken.none());
        assertThat(loaded.extras()).isEqualTo(ProjectDocument.of("sample", null, false));
        String id = panel.ids().get(2);
        assertThat(loaded.panel().attributes().names()).isEqualTo(panel.attributes().names());
        assertThat(loaded.panel().attributes().get(id, "category")).isEqualTo(panel.attributes().get(id, "category"));
    }
}
