package io.salescast.cli;

import io.salescast.ingest.ImportResult;
import io.salescast.series.ColumnMapping;
import io.salescast.series.DuplicatePolicy;
import io.salescast.series.Frequency;
import io.salescast.series.MappingSuggestion;
import io.salescast.series.PanelOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Column mapping and period options of commands that read a sales file directly. */
final class DataOptions {

    @Option(names = "--date", paramLabel = "COLUMN", description = "Date column (default: the first date column).")
    String date;

    @Option(names = "--target", paramLabel = "COLUMN", description = "Column to forecast, e.g. units (default: suggested from names).")
    String target;

    @Option(names = "--series", paramLabel = "COLUMN", split = ",",
            description = "Series key column(s), e.g. sku or store,sku.")
    List<String> series;

    @Option(names = "--covariates", paramLabel = "COLUMN", split = ",",
            description = "Numeric columns varying over time (price, discount, promo...); default: suggested.")
    List<String> covariates;

    @Option(names = "--static", paramLabel = "COLUMN", split = ",", description = "Columns describing a series (category, brand...).")
    List<String> statics;

    @Option(names = "--freq", paramLabel = "FREQ", description = "daily, weekly or monthly (default: detected).",
            converter = ImportCommand.FrequencyConverter.class)
    Frequency frequency;

    @Option(names = "--week-start", paramLabel = "DAY", description = "First day of a week: MONDAY..SUNDAY (default: Monday).")
    DayOfWeek weekStart;

    /** Panel options from the flags (order lines are summed per period as {@code import} does). */
    PanelOptions panelOptions() {
        return new PanelOptions(frequency, weekStart, Map.of(), Map.of(), DuplicatePolicy.COMBINE, true);
    }

    /** The mapping from the options, with what was not given suggested from the table (and said on {@code err}). */
    ColumnMapping mapping(ImportResult table, CommandLine cl, PrintWriter err) {
        if (target != null && series != null && covariates != null) {
            return new ColumnMapping(date, target, series, covariates, nz(statics), List.of());
        }
        return fillIn(table, date, target, series, covariates, statics, cl, err);
    }

    /**
     * The mapping of the given columns (null = not given), the others suggested from the table's
     * names and types; says on {@code err} which mapping is used. Shared by the commands that read
     * a sales file.
     *
     * @throws CommandLine.ParameterException when no column to forecast can be suggested
     */
    static ColumnMapping fillIn(ImportResult table, String date, String target, List<String> series, List<String> covariates,
                                List<String> statics, CommandLine cl, PrintWriter err) {
        ColumnMapping s = MappingSuggestion.suggest(table.table()).orElseThrow(() ->
                new CommandLine.ParameterException(cl, "Cannot tell which column to forecast: give --target COLUMN."));
        List<String> keys = series != null ? series : s.seriesKeys();
        String t = target != null ? target : s.target();
        List<String> cov = covariates != null ? covariates : without(s.covariates(), t, keys);
        List<String> st = statics != null ? statics : without(s.staticAttributes(), t, keys);
        ColumnMapping m = new ColumnMapping(date != null ? date : s.date(), t, keys, cov, st, List.of());
        err.printf(Locale.ROOT, "Using --date %s --target %s --series %s --covariates %s --static %s%n", m.date(), m.target(),
                String.join(",", m.seriesKeys()), String.join(",", m.covariates()), String.join(",", m.staticAttributes()));
        return m;
    }

    private static List<String> without(List<String> cols, String target, List<String> keys) {
        List<String> out = new ArrayList<>(cols);
        out.remove(target);
        out.removeAll(keys);
        return out;
    }

    private static List<String> nz(List<String> l) {
        return l == null ? List.of() : l;
    }
}
