package io.salescast.series;

/** Column names of Salescast's long format, shared by every file it reads and writes. */
public final class Columns {

    /** Series identifier (a SKU, or store+SKU joined). */
    public static final String UNIQUE_ID = "unique_id";
    /** Period label: the first day of the period, ISO date. */
    public static final String DS = "ds";
    /** Target value (units sold). */
    public static final String Y = "y";
    /** Forecast origin of a cross-validation window. */
    public static final String CUTOFF = "cutoff";

    private Columns() {
    }
}
