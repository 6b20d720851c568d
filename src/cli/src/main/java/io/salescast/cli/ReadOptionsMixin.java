package io.salescast.cli;

import io.salescast.ingest.ColumnType;
import io.salescast.ingest.ReadOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Options of how a file is read, shared by {@code inspect} and {@code import}. */
final class ReadOptionsMixin {

    @Option(names = "--sheet", paramLabel = "NAME", description = "Sheet to read, by name or number (default: the first).")
    String sheet;

    @Option(names = "--header-row", paramLabel = "N", description = "Row of the header, 1-based (default: detected).")
    int headerRow;

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "CSV field separator: , ; tab | (default: detected).")
    String delimiter;

    @Option(names = "--encoding", paramLabel = "NAME", description = "Text encoding, e.g. UTF-8, windows-1252, GB18030 (default: detected).")
    String encoding;

    @Option(names = "--decimal", paramLabel = "CHAR", description = "Decimal separator of numbers in text files: . or , (default: detected).")
    Character decimal;

    @Option(names = "--date-format", paramLabel = "PATTERN", description = "Pattern of text dates, e.g. dd/MM/yyyy or MM/dd/yyyy (default: detected).")
    String dateFormat;

    @Option(names = "--type", paramLabel = "COLUMN=TYPE", description = "Force a column's type: date, datetime, integer, decimal, boolean, category, text.")
    Map<String, String> types = new LinkedHashMap<>();

    @Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            description = "Password of a protected workbook (asked for when given without a value).")
    char[] password;

    /** The read options; bad values raise picocli's usage error. */
    ReadOptions toOptions(CommandLine commandLine) {
        try {
            return build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage(), e);
        }
    }

    private ReadOptions build() {
        ReadOptions o = ReadOptions.defaults().withSheet(sheet).withHeaderRow(headerRow).withEncoding(encoding)
                .withDecimalSeparator(decimal).withDateFormat(dateFormat);
        if (delimiter != null) {
            o = o.withDelimiter(parseDelimiter(delimiter));
        }
        for (Map.Entry<String, String> e : types.entrySet()) {
            ColumnType t;
            try {
                t = ColumnType.valueOf(e.getValue().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException x) {
                throw new IllegalArgumentException("unknown type '" + e.getValue() + "' for column " + e.getKey()
                        + ": use date, datetime, integer, decimal, boolean, category or text");
            }
            o = o.withType(e.getKey(), t);
        }
        if (password != null) {
            o = o.withPassword(new String(password));
        }
        return o;
    }

    static char parseDelimiter(String d) {
        String t = d.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "tab", "\\t", "\t" -> '\t';
            case "comma" -> ',';
            case "semicolon" -> ';';
            case "pipe" -> '|';
            default -> {
                if (d.length() != 1) {
                    throw new IllegalArgumentException("delimiter must be one character or tab/comma/semicolon/pipe: " + d);
                }
                yield d.charAt(0);
            }
        };
    }
}
