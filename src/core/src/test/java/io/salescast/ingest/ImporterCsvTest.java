package io.salescast.ingest;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ImporterCsvTest {

    static Path fixture(String name) {
        try {
            return Path.of(ImporterCsvTest.class.getResource("/ingest/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    @Test
    void decimalCommaSemicolonTitleRowsTotalsAndBadCells() {
        ImportResult r = Importer.read(fixture("decimal-comma-semicolon.csv"), ReadOptions.defaults());
        RawTable t = r.table();
        assertThat(r.source().delimiter()).isEqualTo(';');
        assertThat(t.columnNames()).containsExactly("date", "sku", "units", "price", "promo");
        assertThat(t.columnTypes()).containsExactly(ColumnType.DATE, ColumnType.CATEGORY, ColumnType.INTEGER,
                ColumnType.DECIMAL, ColumnType.BOOLEAN);
        assertThat(t.rowCount()).isEqualTo(4);
        RawColumn units = t.column("units").orElseThrow();
        assertThat(units.number(1)).isEqualTo(1200.0);
        assertThat(units.isMissing(2)).isTrue();
        assertThat(units.isInvalid(2)).isTrue();
        assertThat(units.text(2)).isEqualTo("n/a");
        assertThat(t.column("price").orElseThrow().number(3)).isEqualTo(13.0);
        assertThat(t.column("price").orElseThrow().number(0)).isEqualTo(12.5);
        assertThat(t.column("promo").orElseThrow().number(0)).isEqualTo(1.0);
        assertThat(t.column("date").orElseThrow().date(3)).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(t.sourceRow(0)).isEqualTo(4);
        assertThat(t.sourceRow(3)).isEqualTo(8);
        ImportReport rep = r.report();
        assertThat(rep.problems(ProblemKind.BAD_NUMBER)).singleElement().satisfies(p -> {
            assertThat(p.rows()).containsExactly(6L);
            assertThat(p.location().column()).isEqualTo("units");
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(rep.problems(ProblemKind.TOTALS_ROW)).singleElement().satisfies(p -> assertThat(p.rows()).containsExactly(9L));
        assertThat(rep.problems(ProblemKind.BLANK_ROWS)).singleElement().satisfies(p -> assertThat(p.rows()).containsExactly(7L));
        assertThat(rep.problems(ProblemKind.TITLE_ROWS)).isNotEmpty();
        assertThat(rep.invalidCells()).isEqualTo(1);
        assertThat(rep.rowsSkipped()).isEqualTo(2);
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstHeader() {
        ImportResult r = Importer.read(fixture("bom.csv"), ReadOptions.defaults());
        assertThat(r.table().columnNames()).containsExactly("date", "sku", "units");
        assertThat(r.source().encoding()).isEqualTo("UTF-8");
        assertThat(r.table().rowCount()).isEqualTo(3);
    }

    @Test
    void mixedTextDateFormatsInOneColumn() {
        RawTable t = Importer.read(fixture("text-dates.csv"), ReadOptions.defaults()).table();
        RawColumn day = t.column("day").orElseThrow();
        assertThat(day.type()).isEqualTo(ColumnType.DATE);
        assertThat(day.date(0)).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(day.date(2)).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(day.date(3)).isEqualTo(LocalDate.of(2024, 3, 4));
    }

    @Test
    void usDateTimesInTsv() {
        ImportResult r = Importer.read(fixture("us-dates.tsv"), ReadOptions.defaults());
        RawColumn d = r.table().column("order_date").orElseThrow();
        assertThat(r.source().delimiter()).isEqualTo('\t');
        assertThat(d.type()).isEqualTo(ColumnType.DATETIME);
        assertThat(d.text(1)).isEqualTo("2024-03-13T18:00");
        assertThat(r.report().problems(ProblemKind.AMBIGUOUS_DATE_ORDER)).isEmpty();
    }

    @Test
    void tickMarkFlagsAreYesNoWithBlankAsNo(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        Path f = dir.resolve("flags.csv");
        java.nio.file.Files.writeString(f, "date,sku,units,promo\n2024-01-01,A,1,x\n2024-01-02,A,2,\n2024-01-03,A,3,X\n");
        RawColumn promo = Importer.read(f, ReadOptions.defaults()).table().column("promo").orElseThrow();
        assertThat(promo.type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(promo.numbers()).containsExactly(1, 0, 1);
    }
}
