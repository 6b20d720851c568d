package io.salescast.sample;

import io.salescast.core.CancellationToken;
import io.salescast.core.ProgressListener;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import io.salescast.series.StaticAttributes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seeded sample-store generator. {@link #generate(SampleOptions)} gives the store in memory
 * (panel + attributes + truth) without touching files: tests plant known drivers with e.g.
 * {@code SampleStore.generate(SampleOptions.tiny())}. The same options always give the same data.
 */
public final class SampleStore {

    /** Name recorded in the truth. */
    public static final String GENERATOR = "salescast-sample";
    /** Version of the generator's model; bump it whenever the output for a seed changes. */
    public static final String VERSION = "1.0";

    private SampleStore() {
    }

    /** Generates the store in memory. */
    public static SampleData generate(SampleOptions options) {
        return generate(options, ProgressListener.NONE, CancellationToken.none());
    }

    /** Generates the store in memory, reporting progress and honouring cancellation. */
    public static SampleData generate(SampleOptions options, ProgressListener progress, CancellationToken cancel) {
        SimulatedStore store = simulate(options, progress, cancel);
        List<SalesSeries> series = new ArrayList<>(store.days().size());
        for (ProductDays d : store.days()) {
            series.add(toSeries(d));
        }
        SalesPanel panel = new SalesPanel(Frequency.DAILY, SampleColumns.COVARIATES, series, attributes(store.truth()));
        return new SampleData(options, panel, store.truth());
    }

    /** Plans and simulates every product: the compact form the file writers stream from. */
    static SimulatedStore simulate(SampleOptions options, ProgressListener progress, CancellationToken cancel) {
        SeededRandom master = new SeededRandom(options.seed());
        List<ProductIdentity> catalog = CatalogBuilder.build(options.products(), master.split());
        ProductPlanner planner = new ProductPlanner(options);
        List<ProductTruth> products = new ArrayList<>(catalog.size());
        List<ProductDays> days = new ArrayList<>(catalog.size());
        for (int i = 0; i < catalog.size(); i++) {
            cancel.throwIfCancelled();
            SeededRandom r = master.split();
            ProductTruth p = planner.plan(catalog.get(i), r);
            products.add(p);
            days.add(ProductSimulator.simulate(p, options.start(), options.end(), r));
            progress.progress("simulate", (i + 1.0) / catalog.size(), p.sku());
        }
        return new SimulatedStore(options, TruthFactory.truth(options, products), days);
    }

    /** Static attributes of the truth's products. */
    static StaticAttributes attributes(SampleTruth truth) {
        Map<String, String[]> values = new LinkedHashMap<>();
        for (ProductTruth p : truth.products()) {
            values.put(p.sku(), new String[] {p.name(), p.category(), p.brand(), p.launchDate().toString(),
                Double.toString(p.listPrice()), p.description(),
                p.discontinuedDate() == null ? null : p.discontinuedDate().toString()});
        }
        return new StaticAttributes(SampleColumns.ATTRIBUTES, values);
    }

    private static SalesSeries toSeries(ProductDays d) {
        int n = d.length();
        double[] y = new double[n];
        double[][] cov = new double[4][n];
        for (int i = 0; i < n; i++) {
            y[i] = d.units()[i];
            cov[0][i] = d.price(i);
            cov[1][i] = d.discount(i);
            cov[2][i] = d.promo(i) ? 1 : 0;
            cov[3][i] = d.stockout(i) ? 1 : 0;
        }
        LocalDate start = d.first();
        return new SalesSeries(d.sku(), start, y, cov);
    }
}
