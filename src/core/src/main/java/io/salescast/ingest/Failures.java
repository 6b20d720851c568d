package io.salescast.ingest;

import io.salescast.core.Location;

import java.io.IOException;

/**
 * Maps exceptions from file, zip and spreadsheet libraries to {@link ImportException}s a user
 * understands. Exceptions that do not come from reading (programming errors) are passed on.
 */
final class Failures {

    private Failures() {
    }

    static RuntimeException map(Exception e, String file) {
        Location where = Location.ofFile(file);
        Importer.log().debug("import of {} failed", file, e);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CountingInputStream.LimitExceededException le) {
                return new ImportException(ImportException.Reason.TOO_LARGE, "The file expands to more than "
                        + (le.limit >> 20) + " MB when decompressed.", "This may be a decompression bomb; if the file is genuine, split it.", where, e);
            }
            String msg = String.valueOf(t.getMessage());
            if (msg.contains("Zip bomb") || msg.contains("zip bomb") || msg.contains("exceeds the max")) {
                return new ImportException(ImportException.Reason.TOO_LARGE,
                        "The workbook expands to an unreasonable size when opened (a possible zip bomb); it was not read.",
                        "If the file is genuine, open it in Excel and save it again.", where, e);
            }
            if (t.getClass().getSimpleName().equals("NotOfficeXmlFileException")
                    || msg.contains("No valid entries or contents found")) {
                return new ImportException(ImportException.Reason.NOT_A_SPREADSHEET,
                        "The file is a zip archive but not an Excel workbook.",
                        "Unpack it, or save the data from Excel as .xlsx.", where, e);
            }
            if (t.getClass().getSimpleName().equals("OldExcelFormatException")) {
                return new ImportException(ImportException.Reason.NOT_A_SPREADSHEET, "This is a very old Excel workbook (Excel 95 or earlier).",
                        "Open it in Excel or LibreOffice and save it as .xlsx.", where, e);
            }
            if (t.getClass().getSimpleName().equals("CsvParseException")) {
                return new ImportException(ImportException.Reason.CORRUPT, "The text table is malformed: " + msg + ".",
                        "Check the quotes around the reported line, or set the delimiter and quote character.", where, e);
            }
        }
        if (e instanceof IOException || fromReadingLibrary(e)) {
            return new ImportException(ImportException.Reason.CORRUPT, "The file is damaged or incomplete and cannot be read ("
                    + e.getClass().getSimpleName() + ").",
                    "If it was downloaded or copied, get it again; otherwise open it in Excel and save it again.", where, e);
        }
        return e instanceof RuntimeException re ? re : new IllegalStateException(e);
    }

    private static boolean fromReadingLibrary(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String n = t.getClass().getName();
            if (n.startsWith("org.apache.poi") || n.startsWith("com.github.pjfanning") || n.startsWith("de.siegmar")
                    || n.startsWith("javax.xml") || n.startsWith("org.apache.xmlbeans") || n.startsWith("java.util.zip")
                    || n.startsWith("org.apache.commons.compress") || n.startsWith("com.ctc.wstx")) {
                return true;
            }
            StackTraceElement[] st = t.getStackTrace();
            if (st.length > 0 && (st[0].getClassName().startsWith("org.apache.poi") || st[0].getClassName().startsWith("com.github.pjfanning"))) {
                return true;
            }
        }
        return false;
    }
}
