package io.salescast.app.viewmodel;

import io.salescast.app.infra.BackgroundTasks;
import io.salescast.app.infra.DialogService;
import io.salescast.app.infra.UserError;
import io.salescast.ingest.ImportProblem;
import io.salescast.ingest.ImportReport;
import io.salescast.ingest.ImportResult;
import io.salescast.ingest.Importer;
import io.salescast.ingest.Inspection;
import io.salescast.ingest.ReadOptions;
import io.salescast.series.Aggregation;
import io.salescast.series.ColumnMapping;
import io.salescast.series.Frequency;
import io.salescast.series.MappingSuggestion;
import io.salescast.series.PanelOptions;
import io.salescast.series.SeriesImport;
import io.salescast.series.WideToLong;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import page: file and sheet, a preview with inferred types, a role per column, frequency
 * and aggregation, and the import report (counts, problems, problem cells) of the mapping as it
 * stands, recomputed in the background whenever the mapping changes. Nothing is imported until
 * the user confirms, and every dropped row or unreadable cell is listed.
 */
public final class ImportViewModel {

    /** Rows shown in the preview grid. */
    public static final int PREVIEW_ROWS = 50;

    private final SessionViewModel session;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final StringProperty sheet = new SimpleStringProperty();
    private final ObservableList<ImportColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObjectProperty<Frequency> frequency = new SimpleObjectProperty<>();
    private final BooleanProperty wide = new SimpleBooleanProperty();
    private final ObjectProperty<ImportReport> report = new SimpleObjectProperty<>();
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final StringProperty outcome = new SimpleStringProperty("");
    private final StringProperty mappingError = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private final Map<Long, Set<String>> problemCells = new HashMap<>();
    private final Set<Long> problemRows = new HashSet<>();
    private ImportResult read;
    private SeriesImport.Outcome shaped;
    private int[] previewSourceRows = new int[0];
    private boolean loading;
    private int generation;
    private Runnable onImported = () -> { };
    private final ProductAttributesViewModel attributes;

    /** The import page over the session. */
    public ImportViewModel(SessionViewModel session, BackgroundTasks tasks, DialogService dialogs) {
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.attributes = new ProductAttributesViewModel(tasks, dialogs);
        attributes.setOnChange(this::updateReady);
        sheet.addListener((o, a, b) -> {
            if (!loading && b != null) {
                attributes.setSalesSheet(b);
                readSheet(b);
            }
        });
        frequency.addListener((o, a, b) -> reshape());
    }

    /** Called after a successful import. */
    public void setOnImported(Runnable r) {
        onImported = r == null ? () -> { } : r;
    }

    /** Opens a spreadsheet: lists its sheets and reads the most likely one. */
    public void open(Path path) {
        file.set(path);
        clear();
        attributes.setWorkbook(path, List.of(), null);
        busy.set(true);
        tasks.submit("Reading " + path.getFileName(), (p, c) -> Importer.inspect(path, ReadOptions.defaults(), p, c), insp -> {
            loading = true;
            List<String> names = new ArrayList<>();
            String best = null;
            long bestRows = -1;
            for (Inspection.SheetInspection s : insp.sheets()) {
                String name = s.sheet() == null ? path.getFileName().toString() : s.sheet();
                names.add(name);
                long rows = s.preview() == null ? -1 : s.preview().totalRows();
                if (rows > bestRows) {
                    bestRows = rows;
                    best = name;
                }
            }
            sheets.setAll(names);
            sheet.set(best);
            attributes.setWorkbook(path, names, best);
            loading = false;
            if (best == null || bestRows < 0) {
                busy.set(false);
                Inspection.SheetInspection first = insp.sheets().isEmpty() ? null : insp.sheets().get(0);
                mappingError.set(first != null && first.error() != null ? first.error().userMessage()
                        : "No sheet of this file has a table to import.");
                return;
            }
            readSheet(best);
        }, e -> {
            busy.set(false);
            dialogs.showError(UserError.from("read " + path.getFileName(), e));
        });
    }

    private void clear() {
        read = null;
        shaped = null;
        sheets.clear();
        columns.clear();
        previewRows.clear();
        problems.clear();
        report.set(null);
        outcome.set("");
        mappingError.set("");
        ready.set(false);
        wide.set(false);
        problemCells.clear();
        problemRows.clear();
    }

    private void readSheet(String name) {
        Path path = file.get();
        boolean text = sheets.size() == 1 && name.equals(path.getFileName().toString());
        ReadOptions options = text ? ReadOptions.defaults() : ReadOptions.defaults().withSheet(name);
        busy.set(true);
        int gen = ++generation;
        tasks.submit("Reading sheet " + name, (p, c) -> Importer.read(path, options, p, c), r -> {
            if (gen != generation) {
                return;
            }
            read = r;
            loading = true;
            columns.clear();
            for (var c : r.table().columns()) {
                ImportColumn col = new ImportColumn(c.name(), c.type());
                col.roleProperty().addListener((o, a, b) -> reshape());
                col.aggregationProperty().addListener((o, a, b) -> reshape());
                columns.add(col);
            }
            wide.set(r.table().columns().stream().noneMatch(c -> c.type().isTemporal()) && WideToLong.isWide(r.table()));
            MappingSuggestion.suggest(r.table()).ifPresent(this::applyMapping);
            int n = Math.min(PREVIEW_ROWS, r.table().rowCount());
            previewSourceRows = new int[n];
            for (int i = 0; i < n; i++) {
                previewSourceRows[i] = r.table().sourceRow(i);
            }
            previewRows.setAll(r.table().head(n));
            loading = false;
            reshape();
        }, e -> {
            busy.set(false);
            dialogs.showError(UserError.from("read the sheet " + name, e));
        });
    }

    private void applyMapping(ColumnMapping m) {
        for (ImportColumn c : columns) {
            String n = c.name();
            ColumnRole role = n.equals(m.date()) ? ColumnRole.DATE : n.equals(m.target()) ? ColumnRole.TARGET
                    : m.seriesKeys().contains(n) ? ColumnRole.SERIES_KEY : m.covariates().contains(n) ? ColumnRole.COVARIATE
                    : m.staticAttributes().contains(n) ? ColumnRole.ATTRIBUTE : ColumnRole.IGNORE;
            c.roleProperty().set(role);
        }
    }

    /** The mapping the roles describe, or null with the reason in {@link #mappingErrorProperty()}. */
    public ColumnMapping mapping() {
        String date = null;
        String target = null;
        List<String> keys = new ArrayList<>();
        List<String> cov = new ArrayList<>();
        List<String> attrs = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (ImportColumn c : columns) {
            switch (c.roleProperty().get()) {
                case DATE -> {
                    if (date != null) {
                        mappingError.set("Two columns are marked as the date (" + date + ", " + c.name() + "): keep one.");
                        return null;
                    }
                    date = c.name();
                }
                case TARGET -> {
                    if (target != null) {
                        mappingError.set("Two columns are marked as the target (" + target + ", " + c.name() + "): keep one.");
                        return null;
                    }
                    target = c.name();
                }
                case SERIES_KEY -> keys.add(c.name());
                case COVARIATE -> cov.add(c.name());
                case ATTRIBUTE -> attrs.add(c.name());
                default -> ignored.add(c.name());
            }
        }
        if (wide.get()) {
            date = io.salescast.series.Columns.DS;
            target = target == null ? "units" : target;
        }
        if (date == null) {
            mappingError.set("Choose the column with the dates (role \"Date\").");
            return null;
        }
        if (target == null) {
            mappingError.set("Choose the column to forecast (role \"Target (units)\").");
            return null;
        }
        mappingError.set("");
        return new ColumnMapping(date, target, keys, cov, attrs, ignored);
    }

    private PanelOptions panelOptions() {
        PanelOptions o = PanelOptions.defaults();
        if (frequency.get() != null) {
            o = o.withFrequency(frequency.get());
        }
        for (ImportColumn c : columns) {
            if (c.aggregationProperty().get() != null) {
                o = o.withAggregation(c.name(), c.aggregationProperty().get());
            }
        }
        return o;
    }

    /** Shapes the table with the current mapping in the background; the newest request wins. */
    private void reshape() {
        if (loading || read == null) {
            return;
        }
        ColumnMapping m = mapping();
        ready.set(false);
        if (m == null) {
            showReport(read.report());
            outcome.set("");
            busy.set(false);
            return;
        }
        int gen = ++generation;
        busy.set(true);
        ImportResult r = read;
        PanelOptions options = panelOptions();
        tasks.submit("Checking the mapping", (p, c) -> SeriesImport.shape(r, m, options, p, c), out -> {
            if (gen != generation) {
                return;
            }
            busy.set(false);
            shaped = out;
            showReport(out.report());
            attributes.setSeries(out.mapping().seriesKeys(), out.shaped().panel().ids());
            var panel = out.shaped().panel();
            outcome.set(panel.size() + " series, " + Formats.frequency(out.shaped().frequency()) + " from " + panel.firstDate() + " to " + panel.lastDate() + " ("
                    + (out.shaped().frequencyDetected() ? "frequency detected" : "frequency chosen") + "), "
                    + out.report().rowsImported() + " of " + out.report().rowsRead() + " rows used"
                    + (out.wide() ? "; wide sheet turned into long format" : "") + ".");
            updateReady();
        }, e -> {
            if (gen != generation) {
                return;
            }
            busy.set(false);
            shaped = null;
            mappingError.set(UserError.from("shape the data", e).message());
            showReport(read.report());
        });
    }

    /** Ready when the sales are shaped into series and the product attributes, if any, join. */
    private void updateReady() {
        ready.set(shaped != null && shaped.shaped().panel().size() > 0 && attributes.ok() && !attributes.busyProperty().get());
    }

    private void showReport(ImportReport rep) {
        report.set(rep);
        problems.setAll(rep.problems());
        problemCells.clear();
        problemRows.clear();
        for (ImportProblem p : rep.problems()) {
            String col = p.location() == null ? null : p.location().column();
            for (long row : p.rows()) {
                if (col == null) {
                    problemRows.add(row);
                } else {
                    problemCells.computeIfAbsent(row, k -> new HashSet<>()).add(col);
                }
            }
            if (p.location() != null && p.location().row() > 0 && col != null) {
                problemCells.computeIfAbsent(p.location().row(), k -> new HashSet<>()).add(col);
            }
        }
    }

    /** Whether the preview cell in row {@code previewRow}, column {@code column} has a problem. */
    public boolean isProblemCell(int previewRow, String column) {
        if (previewRow < 0 || previewRow >= previewSourceRows.length) {
            return false;
        }
        long src = previewSourceRows[previewRow];
        Set<String> cols = problemCells.get(src);
        return cols != null && cols.contains(column) || problemRows.contains(src);
    }

    /** Spreadsheet row number of a preview row. */
    public int sourceRow(int previewRow) {
        return previewRow < previewSourceRows.length ? previewSourceRows[previewRow] : -1;
    }

    /**
     * Creates the project from the shaped data. Asks first when the report has errors.
     *
     * @return whether the data was imported
     */
    public boolean importData() {
        if (shaped == null || !ready.get()) {
            return false;
        }
        SeriesImport.Outcome out = attributes.active() ? shaped.withJoinedAttributes(attributes.result()) : shaped;
        ImportReport rep = out.report();
        if (rep.hasErrors() && !dialogs.confirm("Import with problems?", rep.problems(io.salescast.ingest.Severity.ERROR).size()
                + " kinds of problems were found (see the list). Rows and cells with errors are left out or missing, never"
                + " guessed. Import anyway?", "Import")) {
            return false;
        }
        String name = file.get().getFileName().toString().replaceFirst("\\.[^.]+$", "");
        session.setProject(name, out.shaped().panel());
        session.importProperty().set(new SessionViewModel.ImportInfo(file.get(), sheet.get(), out.mapping(), rep, attributes.source()));
        onImported.run();
        return true;
    }

    /** The optional product attributes from another sheet or file. */
    public ProductAttributesViewModel attributes() {
        return attributes;
    }

    /** The file being imported. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** Sheets of the file (one for text files). */
    public ObservableList<String> sheets() {
        return sheets;
    }

    /** The sheet read. */
    public StringProperty sheetProperty() {
        return sheet;
    }

    /** Columns with their roles. */
    public ObservableList<ImportColumn> columns() {
        return columns;
    }

    /** First rows as text. */
    public ObservableList<List<String>> previewRows() {
        return previewRows;
    }

    /** Frequency to aggregate to, or null to detect. */
    public ObjectProperty<Frequency> frequencyProperty() {
        return frequency;
    }

    /** Whether the sheet is wide (one column per period) and is turned into long format. */
    public BooleanProperty wideProperty() {
        return wide;
    }

    /** The report of reading and shaping with the current mapping. */
    public ObjectProperty<ImportReport> reportProperty() {
        return report;
    }

    /** Problems found, in order. */
    public ObservableList<ImportProblem> problems() {
        return problems;
    }

    /** What the import would produce. */
    public StringProperty outcomeProperty() {
        return outcome;
    }

    /** Why the mapping cannot be used, empty when it can. */
    public StringProperty mappingErrorProperty() {
        return mappingError;
    }

    /** Whether reading or checking runs. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Whether the data can be imported. */
    public BooleanProperty readyProperty() {
        return ready;
    }

    /** Aggregations offered. */
    public static List<Aggregation> aggregations() {
        return List.of(Aggregation.values());
    }
}
