package io.salescast.ingest;

/** Receives the rows a reader produces (cells: null, String, Double, LocalDateTime, Boolean, CellError). */
interface RowSink {

    /** One row; only the first {@code n} cells count and the array may be reused after the call. */
    void row(int sourceRow, Object[] cells, int n);

    /** Whether the sink wants no more rows. */
    boolean full();
}
