package io.salescast.forecast.baseline;

/**
 * Demand classification of Syntetos, Boylan &amp; Croston (2005): ADI, the average interval between
 * non-zero demands, and CV², the squared coefficient of variation of the non-zero demand sizes,
 * split at 1.32 and 0.49 into smooth, erratic, intermittent and lumpy demand. Intermittent and
 * lumpy items are the ones for Croston-type methods (SBA, TSB). Missing periods are skipped.
 *
 * @param adi      average demand interval in periods (NaN without demand)
 * @param cv2      squared coefficient of variation of non-zero sizes (NaN with fewer than two)
 * @param demands  number of periods with demand
 * @param observed number of observed periods
 * @param kind     the class
 */
public record DemandPattern(double adi, double cv2, int demands, int observed, Kind kind) {

    /** ADI cut-off. */
    public static final double ADI_CUTOFF = 1.32;
    /** CV² cut-off. */
    public static final double CV2_CUTOFF = 0.49;

    /** Demand classes. */
    public enum Kind {
        /** Regular demand, little size variation. */
        SMOOTH,
        /** Regular demand, sizes vary a lot. */
        ERRATIC,
        /** Sporadic demand, sizes fairly stable. */
        INTERMITTENT,
        /** Sporadic demand, sizes vary a lot. */
        LUMPY,
        /** No demand in the history. */
        NO_DEMAND
    }

    /** Classifies a history (values of zero or below are "no demand"). */
    public static DemandPattern of(double[] y) {
        int observed = 0;
        int demands = 0;
        double sum = 0;
        double sumSq = 0;
        for (double v : y) {
            if (Double.isNaN(v)) {
                continue;
            }
            observed++;
            if (v > 0) {
                demands++;
                sum += v;
                sumSq += v * v;
            }
        }
        if (demands == 0) {
            return new DemandPattern(Double.NaN, Double.NaN, 0, observed, Kind.NO_DEMAND);
        }
        double adi = (double) observed / demands;
        double cv2 = Double.NaN;
        if (demands >= 2) {
            double mean = sum / demands;
            double var = (sumSq - demands * mean * mean) / (demands - 1);
            cv2 = Math.max(0, var) / (mean * mean);
        }
        boolean sporadic = adi >= ADI_CUTOFF;
        boolean variable = cv2 >= CV2_CUTOFF;
        Kind kind = sporadic ? (variable ? Kind.LUMPY : Kind.INTERMITTENT) : (variable ? Kind.ERRATIC : Kind.SMOOTH);
        return new DemandPattern(adi, cv2, demands, observed, kind);
    }

    /** Whether Croston-type methods suit this item (intermittent or lumpy demand). */
    public boolean sporadic() {
        return kind == Kind.INTERMITTENT || kind == Kind.LUMPY;
    }
}
