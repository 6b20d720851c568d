package io.salescast.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (an .xlsx) with fixed entry times, so that the same content always gives the
 * same bytes (committed samples do not change on regeneration). Small files get maximum
 * compression; large ones (benchmark catalogues) the default level, which is several times
 * faster for a few per cent more bytes.
 */
final class ZipRepacker {

    /** 1 January 2000, 00:00 local time: any fixed time within the zip format's range. */
    private static final long FIXED_TIME = 946_684_800_000L;
    /** Files above this size are recompressed at the default level. */
    static final long BEST_COMPRESSION_LIMIT = 32L << 20;

    private ZipRepacker() {
    }

    /** Copies every entry of {@code source} into {@code target}, in order. */
    static void repack(Path source, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            boolean small = Files.size(source) <= BEST_COMPRESSION_LIMIT;
            out.setLevel(small ? Deflater.BEST_COMPRESSION : Deflater.DEFAULT_COMPRESSION);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(FIXED_TIME);
                out.putNextEntry(copy);
                try (InputStream in = zip.getInputStream(e)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }
}
