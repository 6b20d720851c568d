package io.salescast.explain;

/**
 * Maps a model-space prediction of one row to sales units: the inverse of the target transform
 * the model was trained with (none, log1p, a per-series scale), possibly followed by clipping at
 * zero. Used by {@link UnitsMapping} to restate explanations in units.
 */
@FunctionalInterface
public interface OutputTransform {

    /** Sales units for a model-space value. */
    double toSales(double modelValue);

    /** Model space is sales units. */
    static OutputTransform identity() {
        return v -> v;
    }

    /** The model predicts {@code log1p(sales)}. */
    static OutputTransform expm1() {
        return Math::expm1;
    }

    /** The model predicts {@code (sales - shift) / scale} for this row's series. */
    static OutputTransform affine(double scale, double shift) {
        return v -> v * scale + shift;
    }

    /** This transform, then negative results raised to zero (forecasts of units sold). */
    default OutputTransform clampedAtZero() {
        return v -> Math.max(0, toSales(v));
    }

    /** This transform applied after {@code first}. */
    default OutputTransform after(OutputTransform first) {
        return v -> toSales(first.toSales(v));
    }
}
