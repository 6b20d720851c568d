package io.salescast.ingest;

import io.salescast.series.WideToLong;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.salescast.ingest.ImporterCsvTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImporterWorkbookTest {

    @Test
    void dailyWorkbookWithTitleFormulasErrorsAndTotals() {
        ImportResult r = Importer.read(fixture("daily-serial.xlsx"), ReadOptions.defaults());
        RawTable t = r.table();
        assertThat(r.source().sheets()).containsExactly("Sales", "Products", "Serial");
        assertThat(r.source().sheet()).isEqualTo("Sales");
        assertThat(t.columnNames()).containsExactly("Date", "SKU", "Units", "Price", "Revenue", "Promo");
        assertThat(t.columnTypes()).containsExactly(ColumnType.DATE, ColumnType.CATEGORY, ColumnType.INTEGER,
                ColumnType.DECIMAL, ColumnType.DECIMAL, ColumnType.BOOLEAN);
        assertThat(t.rowCount()).isEqualTo(6);
        assertThat(t.sourceRow(0)).isEqualTo(4);
        assertThat(t.column("Date").orElseThrow().date(3)).isEqualTo(LocalDate.of(2024, 3, 4));
        RawColumn revenue = t.column("Revenue").orElseThrow();
        assertThat(revenue.number(0)).isEqualTo(7.5);
        assertThat(revenue.number(3)).isEqualTo(5.5);
        assertThat(revenue.isInvalid(5)).isTrue();
        assertThat(revenue.invalidText(5)).isEqualTo("#DIV/0!");
        ImportReport rep = r.report();
        assertThat(rep.problems(ProblemKind.CELL_ERROR)).singleElement().satisfies(p -> {
            assertThat(p.rows()).containsExactly(9L);
            assertThat(p.location().sheet()).isEqualTo("Sales");
            assertThat(p.location().column()).isEqualTo("Revenue");
        });
        assertThat(rep.problems(ProblemKind.TOTALS_ROW)).singleElement().satisfies(p -> assertThat(p.rows()).containsExactly(11L));
        assertThat(rep.problems(ProblemKind.TITLE_ROWS)).singleElement().satisfies(p -> assertThat(p.rows()).containsExactly(1L));
    }

    @Test
    void sheetChoiceAndSerialNumberDates() {
        RawTable products = Importer.read(fixture("daily-serial.xlsx"), ReadOptions.defaults().withSheet("products")).table();
        assertThat(products.columnNames()).containsExactly("sku", "name", "category");
        assertThat(products.rowCount()).isEqualTo(2);
        RawTable serial = Importer.read(fixture("daily-serial.xlsx"), ReadOptions.defaults().withSheet("3")).table();
        RawColumn d = serial.column("order date").orElseThrow();
        assertThat(d.type()).isEqualTo(ColumnType.DATE);
        assertThat(d.date(0)).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThatThrownBy(() -> Importer.read(fixture("daily-serial.xlsx"), ReadOptions.defaults().withSheet("Nope")))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ImportException.Reason.NO_SUCH_SHEET);
                    assertThat(e.hint()).contains("Sales, Products, Serial");
                });
    }

    @Test
    void mergedTwoRowHeaderOfAWideSheet() {
        ImportResult r = Importer.read(fixture("merged-wide.xlsx"), ReadOptions.defaults());
        RawTable t = r.table();
        assertThat(t.columnNames()).containsExactly("SKU", "Name", "Units / 2024-01-01", "Units / 2024-01-08", "Units / 2024-01-15");
        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(WideToLong.periodColumns(t).values()).containsExactly(
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 15));
        RawTable longT = WideToLong.toLong(t, "units");
        assertThat(longT.columnNames()).containsExactly("SKU", "Name", "ds", "units");
        assertThat(longT.rowCount()).isEqualTo(8);
        assertThat(longT.column("units").orElseThrow().text(6)).isEqualTo("n/a");
        assertThat(longT.sourceRow(6)).isEqualTo(5);
    }

    @Test
    void legacyXls() {
        ImportResult r = Importer.read(fixture("legacy.xls"), ReadOptions.defaults());
        assertThat(r.source().format()).isEqualTo(SourceFormat.XLS);
        assertThat(r.table().columnTypes()).containsExactly(ColumnType.DATE, ColumnType.CATEGORY, ColumnType.INTEGER);
        assertThat(r.table().column("day").orElseThrow().date(2)).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void passwordProtectedWorkbook() {
        assertThatThrownBy(() -> Importer.read(fixture("protected.xlsx"), ReadOptions.defaults()))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(ImportException.Reason.PASSWORD_REQUIRED));
        assertThatThrownBy(() -> Importer.read(fixture("protected.xlsx"), ReadOptions.defaults().withPassword("wrong")))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(ImportException.Reason.WRONG_PASSWORD));
        RawTable t = Importer.read(fixture("protected.xlsx"), ReadOptions.defaults().withPassword("secret")).table();
        assertThat(t.column("units").orElseThrow().number(0)).isEqualTo(3.0);
        assertThat(t.column("date").orElseThrow().date(0)).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void inspectListsEverySheet() {
        Inspection i = Importer.inspect(fixture("daily-serial.xlsx"), ReadOptions.defaults(), io.salescast.core.ProgressListener.NONE,
                io.salescast.core.CancellationToken.none());
        assertThat(i.sheets()).extracting(Inspection.SheetInspection::sheet).containsExactly("Sales", "Products", "Serial");
        assertThat(i.sheets().get(1).preview().rows()).containsExactly(
                java.util.List.of("A-1", "Apple juice", "Drinks"), java.util.List.of("B-2", "Bread", "Bakery"));
    }

    @Test
    void rawRowsShowTheSheetBeforeHeaderDetection() {
        SheetRows raw = Importer.rawRows(fixture("daily-serial.xlsx"), ReadOptions.defaults(), 4);
        assertThat(raw.sheet()).isEqualTo("Sales");
        assertThat(raw.rowNumbers()).containsExactly(1, 3, 4, 5);
        assertThat(raw.cells().get(0)).containsExactly("Daily sales report, March 2024");
        assertThat(raw.cells().get(2)).startsWith("2024-03-01", "A-1", "3", "2.5", "7.5");
        SheetRows csv = Importer.rawRows(fixture("decimal-comma-semicolon.csv"), ReadOptions.defaults(), 3);
        assertThat(csv.rowNumbers()).containsExactly(1, 2, 3);
        assertThat(csv.cells().get(2)).containsExactly("date", "sku", "units", "price", "promo");
    }
}
