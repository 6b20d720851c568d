package io.salescast.app.viewmodel;

/**
 * One bar of a horizontal bar chart or waterfall: a labelled stretch from {@code start} to
 * {@code end} with a value text.
 *
 * @param label  what the bar is
 * @param start  where the bar starts (0 for plain bars)
 * @param end    where it ends
 * @param value  text shown beside it
 * @param kind   how it is coloured
 */
public record BarRow(String label, double start, double end, String value, Kind kind) {

    /** Colouring of a bar. */
    public enum Kind { UP, DOWN, TOTAL, NEUTRAL }
}
