/**
 * Reading sales files: CSV/TSV (optionally gzipped), XLSX (streaming) and XLS into a columnar
 * {@link io.salescast.ingest.RawTable} with inferred {@link io.salescast.ingest.ColumnType}s, and
 * an {@link io.salescast.ingest.ImportReport} listing every problem found. Entry point:
 * {@link io.salescast.ingest.Importer}. Fatal problems raise
 * {@link io.salescast.ingest.ImportException}.
 */
package io.salescast.ingest;
