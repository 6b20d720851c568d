package io.salescast.app.viewmodel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One user-supplied event on the Features page (e.g. "Summer sale" on 2024-06-01 and
 * 2025-06-01), stored in the feature spec as {@code name:date,date}.
 *
 * @param name  the name the user typed
 * @param dates its dates, sorted, without duplicates
 */
public record CustomEvent(String name, List<LocalDate> dates) {

    /** Validates and sorts. */
    public CustomEvent {
        Objects.requireNonNull(name, "name");
        dates = List.copyOf(new TreeSet<>(dates));
    }

    /** The spec form, {@code name:2024-06-01,2025-06-01}. */
    public String spec() {
        return name + ":" + dates.stream().map(LocalDate::toString).collect(Collectors.joining(","));
    }

    /** "Summer sale: 2024-06-01, 2025-06-01". */
    public String display() {
        return name + ": " + dates.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
    }

    /** Reads the spec form; null when it cannot be read (the feature builder reports such entries). */
    static CustomEvent parse(String spec) {
        int colon = spec == null ? -1 : spec.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        List<LocalDate> dates = new ArrayList<>();
        for (String d : spec.substring(colon + 1).split("[;,]")) {
            try {
                dates.add(LocalDate.parse(d.trim()));
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
        return dates.isEmpty() ? null : new CustomEvent(spec.substring(0, colon).trim(), dates);
    }
}
