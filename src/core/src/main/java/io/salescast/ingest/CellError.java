package io.salescast.ingest;

/** A spreadsheet cell holding an error value such as {@code #DIV/0!} (formula results included). */
record CellError(String code) {
    @Override
    public String toString() {
        return code;
    }
}
