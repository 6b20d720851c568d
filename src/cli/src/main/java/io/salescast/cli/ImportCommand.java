package io.salescast.cli;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.ingest.ImportReportCsv;
import io.salescast.ingest.ImportResult;
import io.salescast.ingest.Importer;
import io.salescast.series.Aggregation;
import io.salescast.series.AttributeJoin;
import io.salescast.series.ColumnMapping;
import io.salescast.series.DuplicatePolicy;
import io.salescast.series.FillRule;
import io.salescast.series.Frequency;
import io.salescast.series.LongFormatWriter;
import io.salescast.series.PanelOptions;
import io.salescast.series.SalesPanel;
import io.salescast.series.SeriesImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code salescast import FILE --out panel.csv}: reads a sales file, shapes it into regular
 * series and writes the long format {@code unique_id,ds,y,<covariates>}. Columns not given are
 * suggested from their names and types (and the suggestion is printed).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a sales file (CSV/TSV, .gz, XLSX, XLS; long or wide) into the long format unique_id,ds,y,...",
            "Exit codes: 0 done, 2 wrong usage, 3 the file or mapping cannot be used, 4 done but data errors found (with --strict)."})
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV/TSV (also .gz), XLSX or XLS file.")
    private Path file;

    @Mixin
    private ReadOptionsMixin read = new ReadOptionsMixin();

    @Option(names = "--date", paramLabel = "COLUMN", description = "Date column (default: the first date column; wide sheets need none).")
    private String date;

    @Option(names = "--target", paramLabel = "COLUMN", description = "Column to forecast, e.g. units (default: suggested from names).")
    private String target;

    @Option(names = "--series", paramLabel = "COLUMN", split = ",",
            description = "Series key column(s), e.g. sku or store,sku (joined with '" + ColumnMapping.KEY_SEPARATOR
                    + "' into unique_id); '' for one single series.")
    private List<String> series;

    @Option(names = "--covariates", paramLabel = "COLUMN", split = ",", description = "Numeric columns varying over time (price, promo...).")
    private List<String> covariates;

    @Option(names = "--static", paramLabel = "COLUMN", split = ",", description = "Columns describing a series (category, brand...).")
    private List<String> statics;

    @Option(names = "--freq", paramLabel = "FREQ", description = "daily, weekly or monthly (default: detected).", converter = FrequencyConverter.class)
    private Frequency frequency;

    @Option(names = "--week-start", paramLabel = "DAY", description = "First day of a week: MONDAY..SUNDAY (default: Monday).")
    private DayOfWeek weekStart;

    @Option(names = "--agg", paramLabel = "COLUMN=HOW", description = "Aggregation per column: sum, mean, last, first, max, min.")
    private Map<String, Aggregation> aggregations = new LinkedHashMap<>();

    @Option(names = "--fill", paramLabel = "COLUMN=RULE", description = "Fill of periods without rows: zero, forward, missing.")
    private Map<String, FillRule> fills = new LinkedHashMap<>();

    @Option(names = "--duplicates", paramLabel = "POLICY", defaultValue = "COMBINE",
            description = "Rows in the same series and period: combine, keep_first, keep_last, reject (default: combine).")
    private DuplicatePolicy duplicates;

    @Option(names = "--no-align-end", description = "End each series at its own last row instead of the panel's last period.")
    private boolean noAlignEnd;

    @Option(names = "--attributes", paramLabel = "SHEET|FILE",
            description = "Static attributes from another sheet of the workbook (e.g. Products) or another file, keyed by the columns"
                    + " named like the series keys; a product on two rows with different values, or no product matched, is an error.")
    private String attributes;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Output long-format CSV.")
    private Path out;

    @Option(names = "--static-out", paramLabel = "FILE", description = "Also write static attributes (unique_id,<attributes>).")
    private Path staticOut;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write every problem found as CSV.")
    private Path reportOut;

    @Option(names = "--strict", description = "Exit with code 4 when the data has errors (bad cells, rows without date or key).")
    private boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no problem list.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        var readOptions = read.toOptions(spec.commandLine());
        PanelOptions options = new PanelOptions(frequency, weekStart, aggregations, fills, duplicates, !noAlignEnd);
        PrintWriter o = spec.commandLine().getOut();
        ProgressBar bar = ProgressBar.orNone(spec.commandLine().getErr(), quiet);
        ProgressListener progress = bar == null ? ProgressListener.NONE : bar;
        SeriesImport.Outcome r;
        try {
            ImportResult table = Importer.read(file, readOptions, progress, CancellationToken.none());
            r = SeriesImport.shape(table, mapping(table), options, progress, CancellationToken.none());
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        String joined = null;
        if (attributes != null) {
            AttributeJoin.Result join = attributeJoin(readOptions, r);
            r = r.withJoinedAttributes(join);
            joined = join.summary();
        }
        SalesPanel panel = r.shaped().panel();
        LongFormatWriter.write(panel, out);
        if (staticOut != null) {
            LongFormatWriter.writeAttributes(panel.attributes(), staticOut);
        }
        if (reportOut != null) {
            ImportReportCsv.write(r.report(), reportOut);
        }
        o.printf(Locale.ROOT, "Imported %s%s: %,d rows -> %,d series, %,d periods (%s%s, %s to %s)%s%n",
                r.read().source().file(), r.read().source().sheet() == null ? "" : " [" + r.read().source().sheet() + "]",
                r.read().table().rowCount(), panel.size(), panel.rowCount(), panel.frequency().name().toLowerCase(Locale.ROOT),
                r.shaped().frequencyDetected() ? ", detected" : "", panel.firstDate(), panel.lastDate(), r.wide() ? " from wide format" : "");
        if (joined != null) {
            o.printf(Locale.ROOT, "Attributes from %s: %s%n", attributes, joined);
        }
        o.printf(Locale.ROOT, "Wrote %s%s%n", out, staticOut == null ? "" : " and " + staticOut);
        if (!quiet) {
            ReportPrinter.print(o, r.report(), 20, "");
        }
        o.flush();
        return strict && r.report().hasErrors() ? ExitCodes.DATA_ERRORS : ExitCodes.OK;
    }

    /** Joins the attribute sheet or file by the columns named like the series keys (see {@link AttributeJoin}). */
    private AttributeJoin.Result attributeJoin(io.salescast.ingest.ReadOptions readOptions, SeriesImport.Outcome r) {
        Path other = Path.of(attributes);
        ImportResult t = java.nio.file.Files.isRegularFile(other)
                ? Importer.read(other, io.salescast.ingest.ReadOptions.defaults())
                : Importer.read(file, readOptions.withSheet(attributes).withHeaderRow(0));
        return AttributeJoin.join(t.table(), r.mapping().seriesKeys(), Map.of(), List.of(), r.shaped().panel().ids());
    }

    /** The mapping from the options, with columns not given filled in by the suggestion. */
    private ColumnMapping mapping(ImportResult table) {
        if (target != null && series != null) {
            return new ColumnMapping(date, target, nz(series), nz(covariates), nz(statics), List.of());
        }
        return DataOptions.fillIn(table, date, target, series == null ? null : nz(series),
                covariates == null ? null : nz(covariates), statics == null ? null : nz(statics), spec.commandLine(),
                spec.commandLine().getErr());
    }

    private static List<String> nz(List<String> l) {
        return l == null ? List.of() : l.stream().map(String::trim).filter(x -> !x.isEmpty()).toList();
    }

    /** Parses daily/weekly/monthly (and d, w, m). */
    static final class FrequencyConverter implements CommandLine.ITypeConverter<Frequency> {
        @Override
        public Frequency convert(String value) {
            return Frequency.parse(value);
        }
    }
}
