package io.salescast.ingest;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * Apache POI's protections against hostile workbooks, switched on before any workbook is opened:
 * zip-bomb detection (minimum inflate ratio, maximum entry size; POI's default text size limit stays) and a cap on byte
 * arrays allocated for one record. POI keeps these settings process-wide; applying them is
 * idempotent and only ever tightens POI's defaults.
 */
final class PoiSafety {

    /** A compressed part may expand at most 100 times (POI's default ratio, kept explicitly). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Largest uncompressed part of a workbook: 2 GiB (a 1M-row sheet is well below). */
    static final long MAX_ENTRY_SIZE = 2L << 30;
    /** Largest single byte array POI may allocate for a record (XLS). */
    static final int MAX_BYTE_ARRAY = 256 << 20;

    private PoiSafety() {
    }

    /** Applies the limits. */
    static void apply() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        IOUtils.setByteArrayMaxOverride(MAX_BYTE_ARRAY);
    }
}
