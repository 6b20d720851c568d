package io.salescast.neural;

import io.salescast.features.FeatureSpec;
import io.salescast.series.Frequency;
import io.salescast.series.SalesPanel;
import io.salescast.series.SalesSeries;
import io.salescast.series.StaticAttributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The inputs a network reads at each time step, frozen when it is first trained and saved with
 * it so that fine-tuning and forecasting encode data exactly as training did.
 *
 * <p>Per step: the scaled target (past steps only), an observed flag, a future flag, the window's
 * sales level, the product's age, the known-future covariates, {@link CalendarEncoder calendar
 * and festival} inputs, then one-hot static attributes (category, brand...).
 *
 * @param frequency  period length of the panels it encodes
 * @param covariates encoded covariates, in input order
 * @param attributes one-hot encoded static attributes, in input order
 */
public record InputEncoding(Frequency frequency, List<Covariate> covariates, List<Attribute> attributes) {

    /** Inputs before the covariates: scaled target, observed, future, level, age. */
    static final int BASE_WIDTH = 5;
    /** Most distinct values of one attribute that get their own input; rarer ones share none. */
    static final int MAX_VALUES_PER_ATTRIBUTE = 40;
    private static final List<String> DEFAULT_ATTRIBUTES = List.of("category", "brand");

    /**
     * How a covariate is encoded.
     *
     * @param name       panel covariate name
     * @param relative   true for prices: value / the series' mean value - 1 (price levels differ by product)
     * @param mean       mean over the training rows (standardised covariates)
     * @param std        standard deviation over the training rows (standardised covariates)
     * @param eventLike  promotions, discounts, stock-outs: zero when the future is unknown; others carry forward
     */
    public record Covariate(String name, boolean relative, double mean, double std, boolean eventLike) {
    }

    /**
     * One-hot vocabulary of a static attribute.
     *
     * @param name   attribute name
     * @param values values with their own input (most frequent first)
     */
    public record Attribute(String name, List<String> values) {
        /** Copies. */
        public Attribute {
            values = List.copyOf(values);
        }
    }

    /** Copies. */
    public InputEncoding {
        covariates = List.copyOf(covariates);
        attributes = List.copyOf(attributes);
    }

    /**
     * The encoding of a training panel: the spec's covariates (all of the panel's when it names
     * none) and the spec's attributes (category and brand when present and it names none).
     */
    public static InputEncoding of(SalesPanel panel, FeatureSpec spec) {
        List<String> covNames = spec == null || spec.covariates().isEmpty() ? panel.covariateNames() : spec.covariates();
        List<Covariate> covs = new ArrayList<>();
        for (String name : covNames) {
            int idx = panel.covariateIndex(name);
            if (idx < 0) {
                throw new IllegalArgumentException("covariate " + name + " is not in the panel");
            }
            covs.add(covariate(panel, name, idx));
        }
        List<String> attrNames = spec == null || spec.attributes().isEmpty()
                ? DEFAULT_ATTRIBUTES.stream().filter(panel.attributes()::has).toList() : spec.attributes();
        List<Attribute> attrs = new ArrayList<>();
        for (String name : attrNames) {
            attrs.add(new Attribute(name, vocabulary(panel, name)));
        }
        return new InputEncoding(panel.frequency(), covs, attrs);
    }

    private static Covariate covariate(SalesPanel panel, String name, int idx) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean relative = lower.contains("price");
        boolean event = lower.contains("promo") || lower.contains("discount") || lower.contains("stockout")
                || lower.contains("stock_out") || lower.contains("event") || lower.contains("holiday");
        double sum = 0;
        double sq = 0;
        long n = 0;
        for (SalesSeries s : panel.series()) {
            for (double v : s.covariates()[idx]) {
                if (!Double.isNaN(v)) {
                    sum += v;
                    sq += v * v;
                    n++;
                }
            }
        }
        double mean = n == 0 ? 0 : sum / n;
        double std = n < 2 ? 1 : Math.sqrt(Math.max(0, sq / n - mean * mean));
        return new Covariate(name, relative, mean, std < 1e-9 ? 1 : std, event);
    }

    private static List<String> vocabulary(SalesPanel panel, String name) {
        StaticAttributes attrs = panel.attributes();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String id : panel.ids()) {
            String v = attrs.get(id, name);
            if (v != null && !v.isBlank()) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_VALUES_PER_ATTRIBUTE).map(Map.Entry::getKey).toList();
    }

    /** Inputs per time step. */
    public int width() {
        return BASE_WIDTH + covariates.size() + CalendarEncoder.WIDTH + attributes.stream().mapToInt(a -> a.values().size()).sum();
    }

    /** Offset of the first covariate input. */
    int covariateOffset() {
        return BASE_WIDTH;
    }

    /** Offset of the first calendar input. */
    int calendarOffset() {
        return BASE_WIDTH + covariates.size();
    }

    /** Offset of the first attribute input. */
    int attributeOffset() {
        return calendarOffset() + CalendarEncoder.WIDTH;
    }

    /** The one-hot static inputs of one series. */
    float[] staticInputs(StaticAttributes attrs, String id) {
        float[] out = new float[width() - attributeOffset()];
        int k = 0;
        for (Attribute a : attributes) {
            String value = attrs.get(id, a.name());
            // an unknown value (or a series without attributes) leaves its one-hot block empty;
            // immutable lists throw on indexOf(null), so test first
            int i = value == null ? -1 : a.values().indexOf(value);
            if (i >= 0) {
                out[k + i] = 1f;
            }
            k += a.values().size();
        }
        return out;
    }

    /**
     * Problems binding a panel to this encoding: covariates the network needs that the panel lacks,
     * or another frequency. Empty when the panel fits.
     */
    public List<String> incompatibilities(SalesPanel panel) {
        List<String> out = new ArrayList<>();
        if (panel.frequency() != frequency) {
            out.add("the data is " + panel.frequency().name().toLowerCase(Locale.ROOT) + ", the network was trained on "
                    + frequency.name().toLowerCase(Locale.ROOT) + " data");
        }
        for (Covariate c : covariates) {
            if (panel.covariateIndex(c.name()) < 0) {
                out.add("the data has no covariate '" + c.name() + "'");
            }
        }
        return out;
    }

    /** Names of the inputs, for documentation and debugging. */
    public List<String> inputNames() {
        List<String> names = new ArrayList<>(List.of("y_scaled", "observed", "future", "level", "age"));
        covariates.forEach(c -> names.add(c.name()));
        for (int d = 1; d <= 7; d++) {
            names.add("dow_" + d);
        }
        names.addAll(List.of("month_sin", "month_cos", "day_of_month"));
        for (Festival f : Festival.values()) {
            String n = f.name().toLowerCase(Locale.ROOT);
            names.add(n);
            names.add(n + "_ramp");
        }
        attributes.forEach(a -> a.values().forEach(v -> names.add(a.name() + "=" + v)));
        return names;
    }

}
