package io.salescast.evaluation;

import io.salescast.core.CancellationToken;
import io.salescast.core.CancelledException;
import io.salescast.core.SalescastException;
import io.salescast.features.FeatureSpec;
import io.salescast.forecast.Device;
import io.salescast.forecast.FittedForecaster;
import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.Forecaster;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.baseline.NaiveForecaster;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import io.salescast.series.StaticAttributes;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rolling-origin windows, leakage, known-future covariates, failures and the long CSV form. */
class CrossValidationTest {

    private static final LocalDate JAN1 = LocalDate.of(2024, 1, 1);

    /**
     * Series a: 30 days from Jan 1 (y = day number 1..30); b: 20 days from Jan 11 (y = 100 + t);
     * c: 10 days from Jan 1 (ended before any cutoff). Covariate promo = day of month * 10.
     */
    static SalesPanel panel() {
        List<SalesSeries> s = new ArrayList<>();
        s.add(series("a", JAN1, 30, 0));
        s.add(series("b", JAN1.plusDays(10), 20, 100));
        s.add(series("c", JAN1, 10, 50));
        return new SalesPanel(Frequency.DAILY, List.of("promo"), s, StaticAttributes.empty());
    }

    private static SalesSeries series(String id, LocalDate start, int n, double offset) {
        double[] y = new double[n];
        double[] promo = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = offset + start.plusDays(t).getDayOfMonth();
            promo[t] = 10 * start.plusDays(t).getDayOfMonth();
        }
        return new SalesSeries(id, start, y, new double[][] {promo});
    }

    /** Forecasts the known-future promo covariate and records what it saw. */
    static final class Spy implements Forecaster {
        final List<LocalDate> lastSeen = new ArrayList<>();

        @Override
        public String alias() {
            return "spy";
        }

        @Override
        public FittedForecaster fit(SalesPanel history, FeatureSpec spec, TrainContext ctx) {
            lastSeen.add(history.lastDate());
            return new FittedForecaster() {
                @Override
                public String alias() {
                    return "spy";
                }

                @Override
                public ForecastFrame predict(int horizon, SalesPanel future, int[] levels) {
                    List<ForecastFrame.SeriesForecast> out = new ArrayList<>();
                    for (SalesSeries s : future.series()) {
                        assertThat(java.util.Arrays.stream(s.y()).allMatch(Double::isNaN)).isTrue();
                        assertThat(s.start()).isEqualTo(history.series(s.id()).orElseThrow().end(Frequency.DAILY).plusDays(1));
                        out.add(new ForecastFrame.SeriesForecast(s.id(), s.start(),
                                Map.of("spy", java.util.Arrays.copyOf(s.covariates()[0], horizon))));
                    }
                    return new ForecastFrame(Frequency.DAILY, out);
                }
            };
        }
    }

    @Test
    void windowsAreTheLastOriginsSpacedByStepWithinTheData() {
        CrossValidation cv = new CrossValidation(3, 2, 2);
        assertThat(cv.cutoffs(panel())).containsExactly(LocalDate.of(2024, 1, 25), LocalDate.of(2024, 1, 27));
        assertThat(CrossValidation.of(7, 3).cutoffs(panel()))
                .containsExactly(LocalDate.of(2024, 1, 9), LocalDate.of(2024, 1, 16), LocalDate.of(2024, 1, 23));
    }

    @Test
    void modelsSeeOnlyTheHistoryAndTheKnownFutureCovariates() {
        Spy spy = new Spy();
        Backtest bt = new CrossValidation(3, 2, 2).run(panel(), List.of(spy, new NaiveForecaster()), FeatureSpec.none(),
                new int[0], TrainContext.defaults(1));
        assertThat(spy.lastSeen).containsExactly(LocalDate.of(2024, 1, 25), LocalDate.of(2024, 1, 27));
        assertThat(bt.models()).containsExactly("spy", "naive");
        assertThat(bt.baselines()).containsExactly("naive");
        assertThat(bt.windows()).hasSize(2);
        Backtest.Window first = bt.windows().get(0);
        assertThat(first.slices()).extracting(Backtest.Slice::id).containsExactly("a", "b");
        Backtest.Slice a = first.slices().get(0);
        assertThat(a.start()).isEqualTo(LocalDate.of(2024, 1, 26));
        assertThat(a.actual()).containsExactly(26, 27, 28);
        assertThat(a.column("spy")).containsExactly(260, 270, 280);
        assertThat(a.column("naive")).containsExactly(25, 25, 25);
        assertThat(a.scale()).isEqualTo(7.0); // history 1..25 with weekly season: |y[t] - y[t-7]| = 7
        Backtest.Slice b = bt.windows().get(1).slices().get(1);
        assertThat(b.actual()).containsExactly(128, 129, 130);
        assertThat(b.column("naive")).containsExactly(127, 127, 127);
        assertThat(bt.failures()).isEmpty();
    }

    @Test
    void aFailingModelIsRecordedAndTheOthersGoOn() {
        Forecaster broken = new Forecaster() {
            @Override
            public String alias() {
                return "broken";
            }

            @Override
            public FittedForecaster fit(SalesPanel panel, FeatureSpec spec, TrainContext ctx) {
                throw new IllegalStateException("boom");
            }
        };
        Backtest bt = new CrossValidation(3, 2, 2).run(panel(), List.of(broken, new NaiveForecaster()), null, new int[0],
                TrainContext.defaults(1));
        assertThat(bt.failures()).containsOnlyKeys("broken");
        assertThat(bt.failures().get("broken")).contains("boom");
        Backtest.Slice a = bt.windows().get(0).slices().get(0);
        assertThat(a.columns()).containsOnlyKeys("naive");
        assertThat(a.column("broken")).containsOnly(Double.NaN);
    }

    @Test
    void tooShortDataIsAUserError() {
        assertThatThrownBy(() -> new CrossValidation(14, 3, 8).cutoffs(panel()))
                .isInstanceOf(SalescastException.class).hasMessageContaining("30 periods");
        assertThatThrownBy(() -> new CrossValidation(0, 1, 1)).isInstanceOf(SalescastException.class);
    }

    @Test
    void cancellationStopsTheBacktest() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        TrainContext ctx = new TrainContext(1, Device.CPU, 1, null, token);
        assertThatThrownBy(() -> new CrossValidation(3, 2, 2).run(panel(), List.of(new NaiveForecaster()), null,
                new int[0], ctx)).isInstanceOf(CancelledException.class);
    }

    @Test
    void longCsvForm() throws Exception {
        Backtest bt = new CrossValidation(3, 2, 2).run(panel(), List.of(new NaiveForecaster()), null, new int[] {80},
                TrainContext.defaults(1));
        assertThat(bt.columns()).containsExactly("unique_id", "ds", "cutoff", "y", "naive", "naive-lo-80", "naive-hi-80");
        StringWriter out = new StringWriter();
        BacktestCsv.write(bt, out);
        String[] lines = out.toString().split("\r?\n");
        assertThat(lines).hasSize(1 + 2 * 2 * 3);
        assertThat(lines[0]).isEqualTo("unique_id,ds,cutoff,y,naive,naive-lo-80,naive-hi-80");
        assertThat(lines[1]).startsWith("a,2024-01-26,2024-01-25,26,25,");
    }

    @Test
    void csvRoundTrip() throws Exception {
        SalesPanel panel = panel();
        Backtest bt = new CrossValidation(3, 2, 2).run(panel, List.of(new NaiveForecaster()), null, new int[] {80},
                TrainContext.defaults(1));
        StringWriter out = new StringWriter();
        BacktestCsv.write(bt, out);
        Backtest back = BacktestCsv.read(new java.io.StringReader(out.toString()), "bt.csv", Frequency.DAILY,
                bt.baselines(), panel);
        assertThat(back.models()).isEqualTo(bt.models());
        assertThat(back.cutoffs()).isEqualTo(bt.cutoffs());
        assertThat(back.horizon()).isEqualTo(3);
        for (int i = 0; i < bt.slices().size(); i++) {
            Backtest.Slice x = bt.slices().get(i);
            Backtest.Slice y = back.slices().get(i);
            assertThat(y.id()).isEqualTo(x.id());
            assertThat(y.start()).isEqualTo(x.start());
            assertThat(y.actual()).isEqualTo(x.actual());
            assertThat(y.scale()).isEqualTo(x.scale());
            assertThat(y.columns().keySet()).isEqualTo(x.columns().keySet());
            x.columns().forEach((k, v) -> assertThat(y.column(k)).isEqualTo(v));
        }
        assertThat(Leaderboard.of(back, Metric.MASE).rows().get(0).overall())
                .isEqualTo(Leaderboard.of(bt, Metric.MASE).rows().get(0).overall());
    }

    @Test
    void readingSomethingElseNamesTheRow() {
        String text = "unique_id,ds,cutoff,y,naive\na,2024-01-02,2024-01-01,3,4\na,2024-01-03,2024-01-01,x,4\n";
        assertThatThrownBy(() -> BacktestCsv.read(new java.io.StringReader(text), "bt.csv", Frequency.DAILY, java.util.Set.of(), null))
                .isInstanceOf(SalescastException.class)
                .satisfies(e -> assertThat(((SalescastException) e).userMessage()).contains("bt.csv", "row 3", "\"y\"", "'x'"));
        assertThatThrownBy(() -> BacktestCsv.read(new java.io.StringReader("a,b\n"), "bt.csv", Frequency.DAILY, java.util.Set.of(), null))
                .isInstanceOf(SalescastException.class).hasMessageContaining("unique_id, ds, cutoff, y");
    }
}
