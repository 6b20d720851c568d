package io.salescast.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads labels such as column headers of a wide sheet ("2024-01-01", "01/02/2024", "Jan 2024",
 * "2024-W05") as the first days of the periods they name, detecting one way of writing for all
 * labels together (so day/month order is decided once).
 */
public final class DateLabels {

    private DateLabels() {
    }

    /**
     * Parses labels.
     *
     * @param labels header texts
     * @return for each label its date, or null when it is not a date
     */
    public static List<LocalDate> parse(List<String> labels) {
        List<String> trimmed = new ArrayList<>(labels.size());
        for (String l : labels) {
            trimmed.add(l == null ? "" : CellTexts.trim(l));
        }
        List<String> nonEmpty = trimmed.stream().filter(s -> !s.isEmpty()).toList();
        DateDetector.Detection det = nonEmpty.isEmpty() ? null : DateDetector.detect(nonEmpty, null);
        List<LocalDate> out = new ArrayList<>(labels.size());
        for (String s : trimmed) {
            long v = det == null || s.isEmpty() ? DateShape.NO_DATE : det.parser().parse(s);
            out.add(v == DateShape.NO_DATE ? null : LocalDate.ofEpochDay(Math.floorDiv(v, 86_400L)));
        }
        return out;
    }

    /** The part of a two-level header after the group ("Units / 2024-W01" gives "2024-W01"). */
    public static String lastLevel(String header) {
        int i = header.lastIndexOf(HeaderDetector.LEVEL_SEPARATOR);
        return i < 0 ? header : header.substring(i + HeaderDetector.LEVEL_SEPARATOR.length());
    }
}
