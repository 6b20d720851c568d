package io.salescast.ingest;

import com.github.pjfanning.xlsx.StreamingReader;
import io.salescast.core.Location;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

/**
 * An open workbook: XLSX through the streaming reader (rows are parsed as they are read, never
 * held as a whole sheet), XLS through POI's HSSF (XLS sheets are at most 65,536 rows). Handles
 * password-protected files of both kinds.
 */
final class WorkbookSource implements AutoCloseable {

    private final Workbook workbook;
    private final POIFSFileSystem fs;
    private final String file;

    private WorkbookSource(Workbook workbook, POIFSFileSystem fs, String file) {
        this.workbook = workbook;
        this.fs = fs;
        this.file = file;
    }

    /** Opens a zip-based (XLSX) workbook. */
    static WorkbookSource openXlsx(Path path) throws IOException {
        PoiSafety.apply();
        return new WorkbookSource(streaming().open(path.toFile()), null, CsvSource.displayName(path));
    }

    /** Opens an OLE2 container: an XLS workbook or a password-protected XLSX. */
    static WorkbookSource openOle2(Path path, String password) throws IOException {
        PoiSafety.apply();
        String name = CsvSource.displayName(path);
        POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true);
        try {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return new WorkbookSource(decrypt(fs, password, name), fs, name);
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK")) {
                String hint = fs.getRoot().hasEntry("Book") ? "This is an Excel 95 (or older) workbook; open it in Excel or LibreOffice and save it as .xlsx."
                        : "Open a .csv, .xlsx or .xls file with the sales data.";
                throw new ImportException(ImportException.Reason.NOT_A_SPREADSHEET,
                        "This is an Office file, but not an Excel workbook Salescast can read.", hint, Location.ofFile(name), null);
            }
            return new WorkbookSource(hssf(fs, password, name), fs, name);
        } catch (RuntimeException | IOException e) {
            fs.close();
            throw e;
        }
    }

    private static Workbook decrypt(POIFSFileSystem fs, String password, String name) throws IOException {
        if (password == null) {
            throw new ImportException(ImportException.Reason.PASSWORD_REQUIRED, "The workbook is protected by a password.",
                    "Give the password (--password), or save an unprotected copy in Excel.", Location.ofFile(name), null);
        }
        try {
            EncryptionInfo info = new EncryptionInfo(fs);
            Decryptor d = Decryptor.getInstance(info);
            if (!d.verifyPassword(password)) {
                throw wrongPassword(name);
            }
            try (InputStream data = d.getDataStream(fs)) {
                return streaming().open(data);
            }
        } catch (GeneralSecurityException e) {
            throw new ImportException(ImportException.Reason.CORRUPT, "The protected workbook could not be decrypted.",
                    "Save an unprotected copy in Excel and import that.", Location.ofFile(name), e);
        }
    }

    private static Workbook hssf(POIFSFileSystem fs, String password, String name) throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try {
            return new HSSFWorkbook(fs.getRoot(), true);
        } catch (EncryptedDocumentException e) {
            if (password == null) {
                throw new ImportException(ImportException.Reason.PASSWORD_REQUIRED, "The workbook is protected by a password.",
                        "Give the password (--password), or save an unprotected copy in Excel.", Location.ofFile(name), e);
            }
            throw wrongPassword(name);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    private static ImportException wrongPassword(String name) {
        return new ImportException(ImportException.Reason.WRONG_PASSWORD, "The password does not open this workbook.",
                "Check the password (it is case-sensitive).", Location.ofFile(name), null);
    }

    private static StreamingReader.Builder streaming() {
        return StreamingReader.builder().rowCacheSize(256).bufferSize(1 << 16)
                .setReadComments(false).setReadHyperlinks(false).setReadShapes(false)
                .setReadCoreProperties(false).setReadSharedFormulas(false).setFullFormatRichText(false);
    }

    /** Sheet names in workbook order. */
    List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    /** Whether serial dates count from 1904 (old Mac workbooks). */
    boolean date1904() {
        return workbook instanceof Date1904Support d && d.isDate1904();
    }

    /**
     * The sheet a user asked for: by name (case-insensitive), by 1-based number, or the first
     * visible sheet when {@code requested} is null.
     */
    String resolveSheet(String requested) {
        List<String> names = sheetNames();
        if (names.isEmpty()) {
            throw new ImportException(ImportException.Reason.EMPTY_SHEET, "The workbook has no sheets.", null, Location.ofFile(file), null);
        }
        if (requested == null) {
            for (int i = 0; i < names.size(); i++) {
                if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                    return names.get(i);
                }
            }
            return names.get(0);
        }
        for (String n : names) {
            if (n.equalsIgnoreCase(requested.trim())) {
                return n;
            }
        }
        if (requested.trim().matches("\\d{1,4}")) {
            int i = Integer.parseInt(requested.trim());
            if (i >= 1 && i <= names.size()) {
                return names.get(i - 1);
            }
        }
        throw new ImportException(ImportException.Reason.NO_SUCH_SHEET, "There is no sheet called \"" + requested + "\".",
                "The sheets are: " + String.join(", ", names) + ".", Location.ofFile(file), null);
    }

    /** A sheet by exact name. */
    Sheet sheet(String name) {
        return workbook.getSheet(name);
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.close();
        } finally {
            if (fs != null) {
                fs.close();
            }
        }
    }
}
