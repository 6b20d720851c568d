package io.salescast.explain;

import io.salescast.series.Frequency;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LocalSurrogateTest {

    private static final FeatureCatalog CATALOG = FeatureCatalog.derived(Frequency.DAILY);

    @Test
    void recoversPlantedSlopesWithHighFidelityAndStaysAdditive() {
        Planted data = Planted.generate(600, 4);
        Background bg = Background.of(Planted.NAMES, data.x, 100, 1);
        LocalSurrogate lime = new LocalSurrogate(Planted.truthFunction(), bg, CATALOG, LocalSurrogate.Options.defaults(5));
        double[] x = {28, 2, 1, 11.5, 0.3};
        PointExplanation p = lime.explain("truth", x, FeatureRows.RowKey.anonymous(0));

        assertThat(p.method()).isEqualTo(Method.LIME);
        assertThat(p.fidelity()).as("R^2 on the neighbourhood").isGreaterThan(0.5);
        assertThat(p.additivityError()).isCloseTo(0, within(1e-9));
        assertThat(p.prediction()).isCloseTo(Planted.truth(x), within(1e-12));
        // linear parts of the planted function: slope * (x - mean)
        assertThat(p.contribution("lag_7")).isCloseTo(0.6 * (x[0] - bg.mean(0)), within(0.3));
        assertThat(p.contribution("promo")).isCloseTo(Planted.PROMO_UPLIFT * (1 - bg.mean(2)), within(0.5));
        assertThat(p.contribution("price")).isCloseTo(Planted.PRICE_SLOPE * (x[3] - bg.mean(3)), within(0.5));
        assertThat(Math.abs(p.contribution("noise_feature"))).isLessThan(0.3);
        assertThat(p.contributions()).last().extracting(FeatureContribution::feature)
                .isEqualTo(PointExplanation.RESIDUAL);
    }

    @Test
    void sameSeedSameExplanation() {
        Planted data = Planted.generate(200, 4);
        Background bg = Background.of(Planted.NAMES, data.x, 50, 1);
        LocalSurrogate a = new LocalSurrogate(Planted.truthFunction(), bg, CATALOG, LocalSurrogate.Options.defaults(5));
        LocalSurrogate b = new LocalSurrogate(Planted.truthFunction(), bg, CATALOG, LocalSurrogate.Options.defaults(5));
        assertThat(a.explain("m", data.x[3], FeatureRows.RowKey.anonymous(0)))
                .isEqualTo(b.explain("m", data.x[3], FeatureRows.RowKey.anonymous(0)));
    }

    @Test
    void weightedRidgeMatchesAHandComputedFit() {
        // y = 1 + 2x exactly on three points, one weighted zero: any weighted fit is exact
        double[][] x = {{0}, {1}, {2}, {10}};
        double[] y = {1, 3, 5, 0};
        WeightedRidge fit = WeightedRidge.fit(x, y, new double[] {1, 2, 1, 0}, 0, true);
        assertThat(fit.intercept()).isCloseTo(1, within(1e-9));
        assertThat(fit.coefficients()[0]).isCloseTo(2, within(1e-9));
        assertThat(fit.r2()).isCloseTo(1, within(1e-12));
    }
}
