package io.salescast.series;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.ingest.ColumnType;
import io.salescast.ingest.ImportResult;
import io.salescast.ingest.Importer;
import io.salescast.ingest.RawColumn;
import io.salescast.ingest.RawTable;
import io.salescast.ingest.ReadOptions;
import io.salescast.ingest.Severity;
import io.salescast.sample.SampleOptions;
import io.salescast.sample.SampleWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports of the sample store: the bundled files under {@code samples/} when they exist, else a
 * small store generated with the same code (so this test always runs). Cross-checks the three
 * files against each other: order lines aggregated to days give exactly the daily workbook's
 * units per SKU and day, and the weekly wide workbook equals the daily units summed by week.
 */
class SampleImportIT {

    @TempDir
    static Path generated;

    static Path dir;
    private static RawTable dailyTable;

    @BeforeAll
    static void locate() {
        Path bundled = Path.of(System.getProperty("salescast.samples", "../../samples"));
        if (Files.exists(bundled.resolve(SampleWriter.DAILY)) && Files.exists(bundled.resolve(SampleWriter.ORDER_LINES))) {
            dir = bundled;
        } else {
            SampleWriter.write(SampleOptions.tiny().withOrderLines(true), generated, ProgressListener.NONE, CancellationToken.none());
            dir = generated;
        }
    }

    private static synchronized RawTable daily() {
        if (dailyTable != null) {
            return dailyTable;
        }
        ImportResult r = Importer.read(dir.resolve(SampleWriter.DAILY), ReadOptions.defaults());
        assertThat(r.source().sheet()).isEqualTo("Daily sales");
        assertThat(r.report().hasErrors()).as("%s", r.report().problems()).isFalse();
        assertThat(r.report().problems(Severity.WARNING)).isEmpty();
        dailyTable = r.table();
        return dailyTable;
    }

    @Test
    void orderLinesAggregateExactlyToTheDailyWorkbook() {
        ImportResult lines = Importer.read(dir.resolve(SampleWriter.ORDER_LINES), ReadOptions.defaults());
        assertThat(lines.source().gzip()).isTrue();
        assertThat(lines.table().column("timestamp").orElseThrow().type()).isEqualTo(ColumnType.DATETIME);
        PanelResult fromLines = PanelBuilder.build(lines.table(), ColumnMapping.of("timestamp", "quantity", List.of("sku")),
                PanelOptions.defaults());
        assertThat(fromLines.frequency()).isEqualTo(Frequency.DAILY);
        assertThat(fromLines.frequencyDetected()).isTrue();
        SalesPanel panel = fromLines.panel();

        RawTable daily = daily();
        RawColumn date = daily.column("date").orElseThrow();
        RawColumn sku = daily.column("sku").orElseThrow();
        RawColumn units = daily.column("units").orElseThrow();
        double dailyTotal = 0;
        int checked = 0;
        for (int r = 0; r < daily.rowCount(); r++) {
            double expected = units.number(r);
            dailyTotal += expected;
            LocalDate d = date.date(r);
            double actual = panel.series(sku.text(r)).map(s -> valueAt(s, d)).orElse(0.0);
            assertThat(actual).as("sku %s on %s (row %d)", sku.text(r), d, daily.sourceRow(r)).isEqualTo(expected);
            checked++;
        }
        double panelTotal = panel.series().stream().mapToDouble(s -> java.util.Arrays.stream(s.y()).sum()).sum();
        assertThat(panelTotal).isEqualTo(dailyTotal);
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void weeklyWideWorkbookEqualsDailyUnitsByWeek() {
        SeriesImport.Outcome wide = SeriesImport.run(dir.resolve(SampleWriter.WEEKLY), ReadOptions.defaults(),
                new ColumnMapping(null, "units", List.of("sku"), List.of(), List.of("name", "category"), List.of()),
                PanelOptions.defaults(), ProgressListener.NONE, CancellationToken.none());
        assertThat(wide.wide()).isTrue();
        assertThat(wide.shaped().frequency()).isEqualTo(Frequency.WEEKLY);
        assertThat(wide.report().hasErrors()).isFalse();
        SalesPanel weekly = wide.shaped().panel();
        SalesPanel dailyByWeek = PanelBuilder.build(daily(), ColumnMapping.of("date", "units", List.of("sku")),
                PanelOptions.defaults().withFrequency(Frequency.WEEKLY)).panel();
        assertThat(weekly.ids()).containsExactlyElementsOf(dailyByWeek.ids());
        for (SalesSeries s : dailyByWeek.series()) {
            SalesSeries w = weekly.series(s.id()).orElseThrow();
            assertThat(w.start()).as(s.id()).isEqualTo(s.start());
            assertThat(w.y()).as(s.id()).containsExactly(s.y());
        }
        assertThat(weekly.attributes().get(weekly.ids().get(0), "category")).isNotBlank();
    }

    @Test
    void dailyWorkbookWithCovariatesAndProducts() {
        RawTable daily = daily();
        SalesPanel p = PanelBuilder.build(daily, new ColumnMapping("date", "units", List.of("sku"),
                List.of("price", "discount", "promo", "stockout"), List.of(), List.of()), PanelOptions.defaults()).panel();
        RawTable products = Importer.read(dir.resolve(SampleWriter.DAILY), ReadOptions.defaults().withSheet("Products")).table();
        assertThat(p.size()).isEqualTo(products.rowCount());
        assertThat(p.covariateNames()).containsExactly("price", "discount", "promo", "stockout");
        assertThat(p.frequency()).isEqualTo(Frequency.DAILY);
        for (SalesSeries s : p.series()) {
            for (double v : s.covariates()[2]) {
                assertThat(v).isIn(0.0, 1.0);
            }
        }
    }

    private static double valueAt(SalesSeries s, LocalDate d) {
        long t = Frequency.DAILY.periodsBetween(s.start(), d);
        return t < 0 || t >= s.length() ? 0.0 : s.y()[(int) t];
    }
}
