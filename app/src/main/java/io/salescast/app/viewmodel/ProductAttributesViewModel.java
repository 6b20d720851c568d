package io.salescast.app.viewmodel;

import io.salescast.app.infra.BackgroundTasks;
import io.salescast.app.infra.DialogService;
import io.salescast.app.infra.UserError;
import io.salescast.core.SalescastException;
import io.salescast.ingest.Importer;
import io.salescast.ingest.Inspection;
import io.salescast.ingest.RawTable;
import io.salescast.ingest.ReadOptions;
import io.salescast.project.AttributeSource;
import io.salescast.series.AttributeJoin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The optional "Product attributes" part of the import page: static attributes (category,
 * brand, launch date...) from another sheet of the same workbook or from another file, joined to
 * the series by key columns. It shows the table's columns and first rows, which column holds the
 * codes of each series key (by default the one named alike), which columns to take (by default
 * all the others), and a match summary; a table that cannot be joined (missing key column,
 * product on two rows with different values, no product matched) blocks the import with a
 * message naming the file, sheet, row and column.
 */
public final class ProductAttributesViewModel {

    /** Rows shown in the preview. */
    public static final int PREVIEW_ROWS = 5;
    private static final Pattern LIKELY_SHEET = Pattern.compile("(?i).*(product|item|article|attribute|catalog|sku|master).*");

    /**
     * Which column of the attribute table holds the codes of one series key.
     *
     * @param seriesKey the series key column of the sales (sku...)
     * @param column    the attribute table's column, or null when this key is not used
     */
    public record KeyChoice(String seriesKey, StringProperty column) {
    }

    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty sameWorkbook = new SimpleBooleanProperty();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final StringProperty sheet = new SimpleStringProperty();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<KeyChoice> keys = FXCollections.observableArrayList();
    private final ObservableList<Toggle> attributes = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty suggestedSheet = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Path salesFile;
    private List<String> salesSheets = List.of();
    private String salesSheet;
    private List<String> seriesKeys = List.of();
    private List<String> ids;
    private RawTable table;
    private AttributeJoin.Result result;
    private boolean loading;
    private int generation;
    private Runnable onChange = () -> { };

    /** The attributes part over the app's executor and dialogs. */
    public ProductAttributesViewModel(BackgroundTasks tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        sheet.addListener((o, a, b) -> {
            if (!loading && b != null && file.get() != null) {
                read(file.get(), b);
            }
        });
    }

    /** Called whenever whether the import may go ahead can have changed. */
    void setOnChange(Runnable r) {
        onChange = r == null ? () -> { } : r;
    }

    /** A new sales file: forgets the attribute table; offers another sheet of it named like a product list. */
    void setWorkbook(Path sales, List<String> sheetNames, String chosenSheet) {
        salesFile = sales;
        salesSheets = List.copyOf(sheetNames);
        salesSheet = chosenSheet;
        ids = null;
        clear();
        suggest();
    }

    /** The sales sheet changed (another sheet may now be the likely product list). */
    void setSalesSheet(String s) {
        salesSheet = s;
        suggest();
    }

    private void suggest() {
        suggestedSheet.set(otherSheets().stream().filter(s -> LIKELY_SHEET.matcher(s).matches()).findFirst().orElse(null));
    }

    /** Sheets of the sales workbook other than the sales sheet. */
    public List<String> otherSheets() {
        if (salesFile == null || salesSheets.size() < 2) {
            return List.of();
        }
        return salesSheets.stream().filter(s -> !s.equals(salesSheet)).toList();
    }

    /** The series as shaped by the sales mapping: the attribute table is joined to them. */
    void setSeries(List<String> keyColumns, List<String> seriesIds) {
        boolean keysChanged = !keyColumns.equals(seriesKeys);
        seriesKeys = List.copyOf(keyColumns);
        ids = List.copyOf(seriesIds);
        if (keysChanged && table != null) {
            chooseDefaults();
        }
        join();
    }

    /** Takes the attributes from another sheet of the sales workbook. */
    public void useSheet(String name) {
        if (salesFile == null || name == null) {
            return;
        }
        file.set(salesFile);
        sameWorkbook.set(true);
        loading = true;
        sheets.setAll(otherSheets());
        sheet.set(name);
        loading = false;
        read(salesFile, name);
    }

    /** Takes the attributes from another file (CSV, XLSX, XLS); a workbook's likeliest sheet is read first. */
    public void useFile(Path other) {
        if (other.equals(salesFile) && salesSheets.size() > 1) {
            String s = suggestedSheet.get() != null ? suggestedSheet.get() : otherSheets().get(0);
            useSheet(s);
            return;
        }
        int gen = ++generation;
        clearTable();
        file.set(other);
        sameWorkbook.set(false);
        busy.set(true);
        onChange.run();
        tasks.submit("Reading " + other.getFileName(), (p, c) -> Importer.inspect(other, ReadOptions.defaults(), p, c), insp -> {
            if (gen != generation) {
                return;
            }
            List<String> names = new ArrayList<>();
            for (Inspection.SheetInspection s : insp.sheets()) {
                names.add(s.sheet() == null ? null : s.sheet());
            }
            boolean text = names.size() == 1 && names.get(0) == null;
            loading = true;
            sheets.setAll(text ? List.of() : names);
            String best = text ? null : names.stream().filter(n -> LIKELY_SHEET.matcher(n).matches()).findFirst().orElse(names.get(0));
            sheet.set(best);
            loading = false;
            read(other, best);
        }, e -> failed(gen, other, e));
    }

    /** No separate attributes. */
    public void clear() {
        generation++;
        file.set(null);
        sameWorkbook.set(false);
        sheets.clear();
        sheet.set(null);
        clearTable();
        onChange.run();
    }

    private void clearTable() {
        table = null;
        result = null;
        columns.clear();
        keys.clear();
        attributes.clear();
        previewRows.clear();
        summary.set("");
        error.set("");
        busy.set(false);
    }

    private void read(Path path, String sheetName) {
        int gen = ++generation;
        clearTable();
        busy.set(true);
        onChange.run();
        ReadOptions options = sheetName == null ? ReadOptions.defaults() : ReadOptions.defaults().withSheet(sheetName);
        String what = path.getFileName() + (sheetName == null ? "" : " [" + sheetName + "]");
        tasks.submit("Reading product attributes from " + what, (p, c) -> Importer.read(path, options, p, c).table(), t -> {
            if (gen != generation) {
                return;
            }
            busy.set(false);
            table = t;
            columns.setAll(t.columnNames());
            previewRows.setAll(t.head(PREVIEW_ROWS));
            chooseDefaults();
            join();
        }, e -> failed(gen, path, e));
    }

    private void failed(int gen, Path path, Throwable e) {
        if (gen != generation) {
            return;
        }
        busy.set(false);
        if (e instanceof SalescastException s) {
            error.set(s.userMessage());
        } else {
            dialogs.showError(UserError.from("read the product attributes in " + path.getFileName(), e));
            error.set("The product attributes could not be read.");
        }
        onChange.run();
    }

    /** Keys named like the series keys, every other column taken. */
    private void chooseDefaults() {
        loading = true;
        Map<String, String> byName = AttributeJoin.defaultKeys(table.columnNames(), seriesKeys);
        keys.clear();
        for (String k : seriesKeys) {
            KeyChoice choice = new KeyChoice(k, new SimpleStringProperty(byName.get(k)));
            choice.column().addListener((o, a, b) -> {
                if (!loading) {
                    rebuildAttributes();
                    join();
                }
            });
            keys.add(choice);
        }
        attributes.clear();
        rebuildAttributes();
        loading = false;
    }

    /** Attribute toggles for the columns that are not keys, keeping earlier choices. */
    private void rebuildAttributes() {
        Map<String, Boolean> before = new LinkedHashMap<>();
        attributes.forEach(t -> before.put(t.name(), t.selected().get()));
        Set<String> keyCols = Set.copyOf(keyColumns().values());
        List<Toggle> out = new ArrayList<>();
        for (String c : columns) {
            if (!keyCols.contains(c)) {
                Toggle t = Toggle.of(c, before.getOrDefault(c, true), "");
                t.selected().addListener((o, a, b) -> join());
                out.add(t);
            }
        }
        attributes.setAll(out);
    }

    private Map<String, String> keyColumns() {
        Map<String, String> m = new LinkedHashMap<>();
        for (KeyChoice k : keys) {
            if (k.column().get() != null) {
                m.put(k.seriesKey(), k.column().get());
            }
        }
        return m;
    }

    /** Joins the table to the series (a linear pass over both, quick enough for the UI thread). */
    private void join() {
        if (loading || table == null || ids == null) {
            return;
        }
        result = null;
        List<String> take = attributes.stream().filter(t -> t.selected().get()).map(Toggle::name).toList();
        if (take.isEmpty()) {
            summary.set("");
            error.set("Choose at least one attribute column to take, or remove the product attributes.");
            onChange.run();
            return;
        }
        if (keyColumns().isEmpty()) {
            summary.set("");
            error.set(seriesKeys.isEmpty() ? "The sales are one single series (no product column), so product attributes cannot be "
                    + "matched to them." : "Choose the column of " + where() + " that holds the codes of " + String.join(" / ", seriesKeys)
                    + ". Its columns are: " + String.join(", ", columns) + ".");
            onChange.run();
            return;
        }
        try {
            result = AttributeJoin.join(table, seriesKeys, keyColumns(), take, ids);
            summary.set(result.summary());
            error.set("");
        } catch (SalescastException e) {
            summary.set("");
            error.set(e.userMessage());
        }
        onChange.run();
    }

    private String where() {
        return table.sheet() == null ? table.file() : table.file() + ", sheet \"" + table.sheet() + "\"";
    }

    /** Whether attributes come from another sheet or file. */
    public boolean active() {
        return file.get() != null;
    }

    /** Whether the import may go ahead: no separate attributes, or a table that joins. */
    public boolean ok() {
        return !active() || result != null;
    }

    /** The current join, or null. */
    public AttributeJoin.Result result() {
        return result;
    }

    /**
     * Where the attributes came from, as a project stores it: null when none; the file is
     * absolute, or null for another sheet of the sales workbook.
     */
    public AttributeSource source() {
        if (!active() || result == null) {
            return null;
        }
        ReadOptions read = sheet.get() == null ? ReadOptions.defaults() : ReadOptions.defaults().withSheet(sheet.get());
        String f = sameWorkbook.get() ? null : file.get().toAbsolutePath().toString();
        return new AttributeSource(f, read, result.keys(), result.attributes().names());
    }

    /** The attribute file (the sales workbook for another sheet of it), or null when none. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** Whether the attributes come from another sheet of the sales workbook. */
    public BooleanProperty sameWorkbookProperty() {
        return sameWorkbook;
    }

    /** Sheets of the attribute file (empty for text files). */
    public ObservableList<String> sheets() {
        return sheets;
    }

    /** The sheet read, or null for text files. */
    public StringProperty sheetProperty() {
        return sheet;
    }

    /** Columns of the attribute table. */
    public ObservableList<String> columns() {
        return columns;
    }

    /** For each series key, the attribute column holding the same codes. */
    public ObservableList<KeyChoice> keys() {
        return keys;
    }

    /** Attribute columns, each taken or not. */
    public ObservableList<Toggle> attributes() {
        return attributes;
    }

    /** First rows of the attribute table. */
    public ObservableList<List<String>> previewRows() {
        return previewRows;
    }

    /** Match summary ("200 of 200 products matched by sku; ..."), empty when there is no join. */
    public StringProperty summaryProperty() {
        return summary;
    }

    /** Why the attributes cannot be used, empty when they can. */
    public StringProperty errorProperty() {
        return error;
    }

    /** Another sheet of the sales workbook that looks like a product list, or null. */
    public StringProperty suggestedSheetProperty() {
        return suggestedSheet;
    }

    /** Whether the attribute table is being read. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Short description of the origin, e.g. {@code sheet "Products"} or {@code products.csv}. */
    public String originText() {
        if (!active()) {
            return "";
        }
        String s = sheet.get() == null ? "" : "sheet \"" + sheet.get() + "\"";
        return sameWorkbook.get() ? s : file.get().getFileName() + (s.isEmpty() ? "" : ", " + s);
    }
}
