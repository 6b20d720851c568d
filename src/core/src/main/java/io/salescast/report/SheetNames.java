package io.salescast.report;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes sheet names that every spreadsheet accepts: at most 31 characters, none of
 * {@code [ ] : * ? / \}, not starting or ending with an apostrophe, not blank, not the reserved
 * name "History", and unique within the workbook ignoring case (as Excel compares them).
 * One instance per workbook; not thread-safe.
 */
public final class SheetNames {

    /** Longest sheet name Excel accepts. */
    public static final int MAX_LENGTH = 31;

    private final Set<String> used = new HashSet<>();

    /** A safe, unique name as close as possible to {@code wanted}; remembers it as used. */
    public String unique(String wanted) {
        String base = sanitise(wanted);
        String name = base;
        for (int n = 2; used.contains(key(name)); n++) {
            String suffix = " (" + n + ")";
            name = trimEnd(base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length()))) + suffix;
        }
        used.add(key(name));
        return name;
    }

    /** {@code wanted} with forbidden characters replaced, trimmed to 31 characters; never blank. */
    public static String sanitise(String wanted) {
        String s = wanted == null ? "" : wanted;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("[]:*?/\\".indexOf(c) >= 0 || Character.isISOControl(c)) {
                sb.append('_');
            } else {
                sb.append(c);
            }
        }
        String out = sb.toString().strip();
        while (out.startsWith("'")) {
            out = out.substring(1);
        }
        if (out.length() > MAX_LENGTH) {
            out = out.substring(0, MAX_LENGTH);
        }
        out = trimEnd(out);
        while (out.endsWith("'")) {
            out = trimEnd(out.substring(0, out.length() - 1));
        }
        if (out.isBlank()) {
            out = "Sheet";
        }
        if (out.equalsIgnoreCase("History")) {
            out = "History_";
        }
        return out;
    }

    private static String trimEnd(String s) {
        return s.stripTrailing();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
