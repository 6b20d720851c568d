package io.salescast.app.persist;

import io.salescast.project.AttributeSource;

/**
 * What the workbench keeps beside core's project in a bundle ({@code workbench.json}).
 *
 * @param formatVersion version of this layout ({@link #VERSION})
 * @param origin        the spreadsheet the data was first imported from, "sample" for the sample store, or null
 * @param sheet         the sheet it was read from, or null
 * @param trained       whether the project had results when saved; they are in the bundle's {@code results/} when they
 *                      matched the saved settings and data, else (and for bundles written before) they are recomputed on
 *                      open: same seed, same numbers
 * @param attributes    where product attributes were first joined from (file absolute, or null for another sheet of
 *                      {@code origin}), or null; the joined values themselves travel in the bundle's attributes.csv
 */
public record ProjectDocument(int formatVersion, String origin, String sheet, boolean trained, AttributeSource attributes) {

    /** Current format version (absent fields of older notes read as null). */
    public static final int VERSION = 1;

    /** Notes of the current version. */
    public static ProjectDocument of(String origin, String sheet, boolean trained) {
        return of(origin, sheet, trained, null);
    }

    /** Notes of the current version, with the origin of joined product attributes. */
    public static ProjectDocument of(String origin, String sheet, boolean trained, AttributeSource attributes) {
        return new ProjectDocument(VERSION, origin, sheet, trained, attributes);
    }
}
