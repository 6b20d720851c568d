package io.salescast.core;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.salescast.evaluation.Backtest;
import io.salescast.evaluation.BacktestCsv;
import io.salescast.explain.ExplanationCsv;
import io.salescast.explain.FeatureContribution;
import io.salescast.explain.PointExplanation;
import io.salescast.features.FeatureFamily;
import io.salescast.forecast.ForecastCsv;
import io.salescast.forecast.ForecastFrame;
import io.salescast.series.Frequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A product id that a spreadsheet would run as a formula stays text in every CSV the engine
 * writes (forecast, backtest, explanations), and the backtest reader gets the original id back.
 */
class CsvInjectionTest {

    static final String HOSTILE = "=HYPERLINK(\"http://x\",\"y\")";
    static final LocalDate START = LocalDate.of(2024, 3, 1);

    @TempDir
    Path dir;

    private static List<String> firstFields(Path p) throws IOException {
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(p)) {
            return r.stream().skip(1).map(rec -> rec.getField(0)).distinct().toList();
        }
    }

    @Test
    void forecastCsvNeutralisesHostileIds() throws IOException {
        ForecastFrame frame = new ForecastFrame(Frequency.DAILY, List.of(
                new ForecastFrame.SeriesForecast(HOSTILE, START, Map.of("naive", new double[] {1, 2})),
                new ForecastFrame.SeriesForecast("P1", START, Map.of("naive", new double[] {3, 4}))));
        Path f = dir.resolve("forecast.csv");
        ForecastCsv.write(frame, f);
        assertThat(firstFields(f)).containsExactly("'" + HOSTILE, "P1");
        assertThat(Files.readString(f)).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",2024-03-01,1\n");
    }

    @Test
    void backtestCsvNeutralisesHostileIdsAndReadsThemBack() throws IOException {
        Backtest.Slice slice = new Backtest.Slice(HOSTILE, START, START.plusDays(1), new double[] {5, 6}, Double.NaN,
                Map.of("naive", new double[] {4, 4}));
        Backtest bt = new Backtest(Frequency.DAILY, 2, List.of("naive"), Set.of(), List.of(new Backtest.Window(START,
                List.of(slice))), Map.of());
        Path f = dir.resolve("backtest.csv");
        BacktestCsv.write(bt, f);
        assertThat(firstFields(f)).containsExactly("'" + HOSTILE);
        Backtest back = BacktestCsv.read(new StringReader(Files.readString(f)), "backtest.csv", Frequency.DAILY,
                Set.of(), null);
        assertThat(back.slices()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(HOSTILE);
            assertThat(s.actual()).containsExactly(5, 6);
            assertThat(s.column("naive")).containsExactly(4, 4);
        });
    }

    @Test
    void explanationCsvNeutralisesHostileIdsAndFeatureNames() throws IOException {
        PointExplanation p = new PointExplanation("xgboost", HOSTILE, START, 1, 10, 12,
                List.of(new FeatureContribution("@promo", "@promo", FeatureFamily.PROMOTION, 0, 2)),
                io.salescast.explain.Method.TREE_SHAP, 1, io.salescast.explain.Units.SALES);
        Path f = dir.resolve("explanations.csv");
        ExplanationCsv.writePoints(f, List.of(p));
        assertThat(firstFields(f)).containsExactly("'" + HOSTILE);
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(f)) {
            assertThat(r.stream().skip(1).map(rec -> rec.getField(3)).toList())
                    .containsExactly(ExplanationCsv.BASE, "'@promo", ExplanationCsv.PREDICTION);
        }
    }

    @Test
    void plainTextReadsBackUnchanged() {
        assertThat(SafeText.fromCsv(SafeText.forCsv(HOSTILE))).isEqualTo(HOSTILE);
        assertThat(SafeText.fromCsv("'quoted")).isEqualTo("'quoted");
        assertThat(SafeText.fromCsv("P1")).isEqualTo("P1");
        assertThat(SafeText.fromCsv(null)).isNull();
    }
}
