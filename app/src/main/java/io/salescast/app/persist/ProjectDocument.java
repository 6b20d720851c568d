package io.salescast.app.persist;

/**
 * What the workbench keeps beside core's project in a bundle ({@code workbench.json}).
 *
 * @param formatVersion version of this layout ({@link #VERSION})
 * @param origin        the spreadsheet the data was first imported from, "sample" for the sample store, or null
 * @param sheet         the sheet it was read from, or null
 * @param trained       whether the project had results when saved (they are recomputed on open: same seed, same numbers)
 */
public record ProjectDocument(int formatVersion, String origin, String sheet, boolean trained) {

    /** Current format version. */
    public static final int VERSION = 1;

    /** Notes of the current version. */
    public static ProjectDocument of(String origin, String sheet, boolean trained) {
        return new ProjectDocument(VERSION, origin, sheet, trained);
    }
}
