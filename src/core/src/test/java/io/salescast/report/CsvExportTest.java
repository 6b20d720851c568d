package io.salescast.report;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CsvExportTest {

    @TempDir
    Path dir;

    private static List<CsvRecord> read(Path p) throws IOException {
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(p)) {
            return r.stream().toList();
        }
    }

    @Test
    void numbersAreLocaleFreeAndShortest() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertThat(CsvExport.format(12.5)).isEqualTo("12.5");
            assertThat(CsvExport.format(3)).isEqualTo("3");
            assertThat(CsvExport.format(1e-7)).isEqualTo("0.0000001");
            assertThat(CsvExport.format(-2.25e20)).isEqualTo("-225000000000000000000");
            assertThat(CsvExport.format(Double.NaN)).isEmpty();
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void forecastCsvIsLongFormatWithEngineValues() throws IOException {
        ReportInput in = ReportFixtures.input(4, 30, 7);
        Path f = dir.resolve("fc.csv");
        ForecastCsv.write(in.forecast(), f);
        List<CsvRecord> rows = read(f);
        assertThat(rows.get(0).getFields()).startsWith("unique_id", "ds", "SeasonalNaive", "SeasonalNaive-lo-80");
        assertThat(rows).hasSize(1 + 4 * 7);
        CsvRecord r = rows.get(1 + 3 * 7 + 2);
        assertThat(r.getField(0)).isEqualTo("P0003");
        assertThat(r.getField(1)).isEqualTo(ReportFixtures.START.plusDays(32).toString());
        int xgb = rows.get(0).getFields().indexOf("XGBoost");
        assertThat(Double.parseDouble(r.getField(xgb))).isCloseTo(ReportFixtures.forecast(1, 3, 2), within(1e-12));
        assertThat(Files.readString(f)).doesNotStartWith("\uFEFF");
    }

    @Test
    void hostileIdsArePrefixedInEveryCsv() throws IOException {
        ReportInput in = ReportFixtures.input(4, 30, 7);
        Path fc = dir.resolve("fc.csv");
        Path cv = dir.resolve("cv.csv");
        Path metrics = dir.resolve("metrics.csv");
        Path ex = dir.resolve("ex.csv");
        ForecastCsv.write(in.forecast(), fc);
        BacktestCsv.writeForecasts(in.backtest(), in.forecast().frequency(), cv);
        BacktestCsv.writeMetrics(in.backtest(), metrics);
        ExplanationCsv.writeContributions(in.explanations(), in.forecast().frequency(), ex);
        for (Path p : List.of(fc, cv, metrics, ex)) {
            List<String> ids = read(p).stream().skip(1).map(rec -> rec.getField(0)).distinct().toList();
            assertThat(ids).as(p.getFileName().toString()).contains("'" + ReportFixtures.HOSTILE_ID)
                    .doesNotContain(ReportFixtures.HOSTILE_ID);
        }
    }

    @Test
    void explanationsAddUpAndImportanceIsRanked() throws IOException {
        ReportInput in = ReportFixtures.input(2, 30, 3);
        Path ex = dir.resolve("ex.csv");
        ExplanationCsv.writeContributions(in.explanations(), in.forecast().frequency(), ex);
        List<CsvRecord> rows = read(ex);
        assertThat(rows.get(0).getFields()).containsExactly("unique_id", "ds", "base", "lag_7", "rolling_mean_28",
                "day_of_week", "promo", "price");
        var s = in.explanations().perSeries().get(1);
        CsvRecord r = rows.get(1 + 3 + 2);
        assertThat(Double.parseDouble(r.getField(7))).isEqualTo(s.contributions()[2][4]);
        Path imp = dir.resolve("imp.csv");
        ExplanationCsv.writeImportance(in.explanations(), imp);
        List<CsvRecord> irows = read(imp);
        assertThat(irows.get(1).getFields()).containsExactly("lag_7", "lags", "40", "0.4");
    }
}
