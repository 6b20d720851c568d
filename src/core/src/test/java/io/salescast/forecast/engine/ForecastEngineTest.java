package io.salescast.forecast.engine;

import io.salescast.evaluation.Leaderboard;
import io.salescast.evaluation.Metric;
import io.salescast.features.FeatureSpec;
import io.salescast.forecast.Device;
import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.TrainContext;
import io.salescast.forecast.global.FittedGlobalForecaster;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import io.salescast.testing.SyntheticPanels;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ForecastEngineTest {

    private static SalesPanel panelWithShortSeries() {
        SalesPanel p = SyntheticPanels.daily(10, 420, 2.0, 5);
        List<SalesSeries> series = new ArrayList<>(p.series());
        SalesSeries last = series.remove(series.size() - 1);
        int n = 20; // launched 20 days before the end
        series.add(last.slice(Frequency.DAILY, last.length() - n, last.length()));
        return p.withSeries(series);
    }

    private static EngineSettings settings() {
        return new EngineSettings(List.of(ModelSpec.of("xgboost").withParam("trees", 50), ModelSpec.of("seasonal_naive"),
                ModelSpec.of("moving_average"), ModelSpec.of("ensemble"), ModelSpec.of("stacked")), null,
                FeatureSpec.defaults(Frequency.DAILY), 14, 2, 14, List.of(80), Metric.WAPE, 0);
    }

    @Test
    void runBacktestsBlendsPicksAndForecastsWithIntervalsAndFallback() {
        SalesPanel panel = panelWithShortSeries();
        TrainContext ctx = new TrainContext(7, Device.CPU, 1, null, null);
        EngineResult r = new ForecastEngine(settings(), ModelCatalog.standard()).run(panel, null, ctx);

        // naive is not among the chosen models: the engine adds it as a reference baseline.
        assertThat(r.backtest().models()).containsExactly("xgboost", "seasonal_naive", "moving_average", "naive", "ensemble",
                "stacked");
        assertThat(r.references()).containsExactly("naive");
        assertThat(r.backtest().windows()).hasSize(2);
        assertThat(r.leaderboard().rows()).hasSize(6);
        assertThat(r.auto()).isEqualTo(r.leaderboard().best().orElseThrow());
        assertThat(r.autoReason()).contains("WAPE");
        ForecastFrame f = r.forecasts();
        assertThat(f.series()).hasSize(10);
        assertThat(f.columnNames()).contains("xgboost", "ensemble", "stacked", "auto", "auto-lo-80", "auto-hi-80", "xgboost-lo-80");
        ForecastFrame.SeriesForecast s = f.series().get(0);
        assertThat(s.column("auto")).containsExactly(s.column(r.auto()));
        for (int k = 0; k < 14; k++) {
            assertThat(s.column("auto-lo-80")[k]).isLessThanOrEqualTo(s.column("auto")[k]);
            assertThat(s.column("auto-hi-80")[k]).isGreaterThanOrEqualTo(s.column("auto")[k]);
        }
        String shortId = panel.series().get(9).id();
        assertThat(r.fallbackSeries().get("xgboost")).containsExactly(shortId);
        assertThat(f.series(shortId).orElseThrow().column("xgboost")).hasSize(14);
        assertThat(r.model("xgboost").orElseThrow()).isInstanceOf(FittedGlobalForecaster.class);
        assertThat(r.blends().get("ensemble").weights()).isNotEmpty();
        double sum = r.blends().get("stacked").weights().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void theLeaderboardAlwaysComparesWithTheBaselines() {
        SalesPanel panel = SyntheticPanels.daily(6, 300, 2.0, 9);
        EngineSettings only = new EngineSettings(List.of(ModelSpec.of("xgboost").withParam("trees", 30)), null,
                FeatureSpec.defaults(Frequency.DAILY), 14, 2, 14, List.of(80), Metric.WAPE, 0);
        TrainContext ctx = new TrainContext(3, Device.CPU, 1, null, null);
        EngineResult r = new ForecastEngine(only, ModelCatalog.standard()).run(panel, null, ctx);
        assertThat(r.references()).containsExactly("naive", "seasonal_naive");
        assertThat(r.leaderboard().rows()).extracting(Leaderboard.Row::model)
                .containsExactlyInAnyOrder("xgboost", "naive", "seasonal_naive");
        Leaderboard.Row x = r.leaderboard().row("xgboost").orElseThrow();
        Leaderboard.Row sn = r.leaderboard().row("seasonal_naive").orElseThrow();
        assertThat(sn.baseline()).isTrue();
        assertThat(x.skillWape()).isCloseTo(1 - x.overall().wape() / sn.overall().wape(),
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(r.forecasts().columnNames()).contains("xgboost", "naive", "seasonal_naive", "auto");
        assertThat(r.model("seasonal_naive")).isPresent();

        // Without a backtest there is no leaderboard to compare in: nothing is added.
        EngineResult noBacktest = new ForecastEngine(only.withWindows(0), ModelCatalog.standard()).run(panel, null, ctx);
        assertThat(noBacktest.references()).isEmpty();
        assertThat(noBacktest.forecasts().columnNames()).doesNotContain("naive", "seasonal_naive");
    }

    @Test
    void sameSeedSameNumbers() {
        SalesPanel panel = SyntheticPanels.daily(6, 300, 2.0, 9);
        EngineSettings s = settings().withWindows(1);
        TrainContext ctx = new TrainContext(3, Device.CPU, 2, null, null);
        ForecastFrame a = new ForecastEngine(s, ModelCatalog.standard()).run(panel, null, ctx).forecasts();
        ForecastFrame b = new ForecastEngine(s, ModelCatalog.standard()).run(panel, null, ctx).forecasts();
        for (ForecastFrame.SeriesForecast x : a.series()) {
            for (String c : x.columns().keySet()) {
                assertThat(b.series(x.id()).orElseThrow().column(c)).as(c).containsExactly(x.column(c));
            }
        }
    }

    @Test
    void cancellationStopsTheRun() {
        io.salescast.core.CancellationToken token = new io.salescast.core.CancellationToken();
        token.cancel();
        TrainContext ctx = new TrainContext(1, Device.CPU, 1, null, token);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ForecastEngine(settings(), ModelCatalog.standard())
                .run(SyntheticPanels.daily(3, 120, 2.0, 1), null, ctx)).isInstanceOf(io.salescast.core.CancelledException.class);
    }
}
