package io.salescast.series;

import io.salescast.ingest.ImportException;
import io.salescast.ingest.Importer;
import io.salescast.ingest.ProblemKind;
import io.salescast.ingest.RawTable;
import io.salescast.ingest.ReadOptions;
import io.salescast.ingest.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PanelBuilderTest {

    private static final String LINES = """
            date,store,sku,units,price,promo,category
            2024-01-01,S1,A,2,10,no,Toys
            2024-01-01,S1,A,1,12,yes,Toys
            2024-01-03,S1,A,4,11,no,Toys
            2024-01-02,S1,B,n/a,5,no,Games
            2024-01-04,S1,B,3,5,no,Board games
            ,S1,B,1,5,no,Games
            2024-01-02,,B,1,5,no,Games
            """;

    @TempDir
    Path dir;

    RawTable table(String csv) throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, csv);
        return Importer.read(f, ReadOptions.defaults()).table();
    }

    static ColumnMapping mapping() {
        return new ColumnMapping("date", "units", List.of("store", "sku"), List.of("price", "promo"), List.of("category"), List.of());
    }

    @Test
    void dailyPanelByHand() throws IOException {
        PanelResult r = PanelBuilder.build(table(LINES), mapping(), PanelOptions.defaults().withFrequency(Frequency.DAILY));
        SalesPanel p = r.panel();
        assertThat(p.ids()).containsExactly("S1/A", "S1/B");
        assertThat(p.covariateNames()).containsExactly("price", "promo");
        SalesSeries a = p.series("S1/A").orElseThrow();
        assertThat(a.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(a.y()).containsExactly(3, 0, 4, 0);
        assertThat(a.covariates()[0]).containsExactly(11, 11, 11, 11);
        assertThat(a.covariates()[1]).containsExactly(1, 0, 0, 0);
        SalesSeries b = p.series("S1/B").orElseThrow();
        assertThat(b.start()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(b.y()[0]).isNaN();
        assertThat(b.y()[1]).isZero();
        assertThat(b.y()[2]).isEqualTo(3);
        assertThat(p.attributes().get("S1/A", "category")).isEqualTo("Toys");
        assertThat(p.attributes().get("S1/B", "category")).isEqualTo("Board games");
        var rep = r.report();
        assertThat(rep.rowsSkipped()).isEqualTo(2);
        assertThat(rep.problems(ProblemKind.MISSING_DATE)).singleElement().satisfies(x -> assertThat(x.rows()).containsExactly(7L));
        assertThat(rep.problems(ProblemKind.MISSING_KEY)).singleElement().satisfies(x -> assertThat(x.rows()).containsExactly(8L));
        assertThat(rep.problems(ProblemKind.MISSING_VALUE)).singleElement().satisfies(x -> assertThat(x.rows()).containsExactly(5L));
        assertThat(rep.count(ProblemKind.DUPLICATE_PERIOD)).isEqualTo(1);
        assertThat(rep.problems(ProblemKind.ATTRIBUTE_CONFLICT)).hasSize(1);
        assertThat(rep.problems(ProblemKind.PERIODS_FILLED)).filteredOn(x -> "units".equals(x.location().column()))
                .singleElement().satisfies(x -> assertThat(x.count()).isEqualTo(3));
        assertThat(r.frequencyDetected()).isFalse();
    }

    @Test
    void weeklyAndMonthlyAggregation() throws IOException {
        RawTable t = table(LINES);
        SalesPanel w = PanelBuilder.build(t, mapping(), PanelOptions.defaults().withFrequency(Frequency.WEEKLY)).panel();
        SalesSeries a = w.series("S1/A").orElseThrow();
        assertThat(a.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(a.y()).containsExactly(7);
        assertThat(a.covariates()[0]).containsExactly(11);
        assertThat(w.series("S1/B").orElseThrow().y()[0]).isNaN();
        SalesPanel sunday = PanelBuilder.build(t, mapping(), PanelOptions.defaults().withFrequency(Frequency.WEEKLY)
                .withWeekStart(DayOfWeek.SUNDAY)).panel();
        assertThat(sunday.series("S1/A").orElseThrow().start()).isEqualTo(LocalDate.of(2023, 12, 31));
        SalesPanel m = PanelBuilder.build(t, mapping().withCovariates(List.of()), PanelOptions.defaults().withFrequency(Frequency.MONTHLY)).panel();
        assertThat(m.series("S1/A").orElseThrow().start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(m.series("S1/A").orElseThrow().y()).containsExactly(7);
    }

    @Test
    void duplicatePolicies() throws IOException {
        RawTable t = table(LINES);
        ColumnMapping m = mapping();
        SalesPanel first = PanelBuilder.build(t, m, PanelOptions.defaults().withFrequency(Frequency.DAILY).withDuplicates(DuplicatePolicy.KEEP_FIRST)).panel();
        assertThat(first.series("S1/A").orElseThrow().y()[0]).isEqualTo(2);
        assertThat(first.series("S1/A").orElseThrow().covariates()[0][0]).isEqualTo(10);
        SalesPanel last = PanelBuilder.build(t, m, PanelOptions.defaults().withFrequency(Frequency.DAILY).withDuplicates(DuplicatePolicy.KEEP_LAST)).panel();
        assertThat(last.series("S1/A").orElseThrow().y()[0]).isEqualTo(1);
        assertThatThrownBy(() -> PanelBuilder.build(t, m, PanelOptions.defaults().withDuplicates(DuplicatePolicy.REJECT)))
                .isInstanceOf(ImportException.class).hasMessageContaining("row 3");
    }

    @Test
    void priceLastAndFlagsAsZeroOne() throws IOException {
        SalesPanel p = PanelBuilder.build(table(LINES), mapping(), PanelOptions.defaults().withFrequency(Frequency.DAILY)
                .withAggregation("price", Aggregation.LAST)).panel();
        assertThat(p.series("S1/A").orElseThrow().covariates()[0][0]).isEqualTo(12);
    }

    @Test
    void detectsWeeklyDataLabelledOnSundays() throws IOException {
        String csv = "week,sku,units\n2024-01-07,A,5\n2024-01-14,A,6\n2024-01-28,A,7\n2024-01-07,B,1\n";
        PanelResult r = PanelBuilder.build(table(csv), ColumnMapping.of(null, "units", List.of("sku")), PanelOptions.defaults());
        assertThat(r.frequency()).isEqualTo(Frequency.WEEKLY);
        assertThat(r.weekStart()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(r.frequencyDetected()).isTrue();
        SalesSeries a = r.panel().series("A").orElseThrow();
        assertThat(a.start()).isEqualTo(LocalDate.of(2024, 1, 7));
        assertThat(a.y()).containsExactly(5, 6, 0, 7);
        assertThat(r.panel().series("B").orElseThrow().y()).containsExactly(1, 0, 0, 0);
    }

    @Test
    void detectsMonthlyAndDaily() throws IOException {
        String monthly = "month,units\n2024-01-01,5\n2024-02-01,6\n2024-04-01,7\n";
        PanelResult m = PanelBuilder.build(table(monthly), ColumnMapping.of("month", "units", List.of()), PanelOptions.defaults());
        assertThat(m.frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(m.panel().series(ColumnMapping.SINGLE_SERIES_ID).orElseThrow().y()).containsExactly(5, 6, 0, 7);
        String daily = "date,units\n2024-01-01,5\n2024-01-02,6\n2024-01-05,7\n";
        assertThat(PanelBuilder.build(table(daily), ColumnMapping.of("date", "units", List.of()), PanelOptions.defaults()).frequency())
                .isEqualTo(Frequency.DAILY);
    }

    @Test
    void mappingMistakesAreTypedErrors() throws IOException {
        RawTable t = table(LINES);
        assertThatThrownBy(() -> PanelBuilder.build(t, ColumnMapping.of("date", "nope", List.of("sku")), PanelOptions.defaults()))
                .isInstanceOf(ImportException.class).hasMessageContaining("no column \"nope\"");
        assertThatThrownBy(() -> PanelBuilder.build(t, ColumnMapping.of("sku", "units", List.of()), PanelOptions.defaults()))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(ImportException.Reason.NO_DATE_COLUMN));
        assertThatThrownBy(() -> PanelBuilder.build(t, ColumnMapping.of("date", "category", List.of("sku")), PanelOptions.defaults()))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(ImportException.Reason.BAD_MAPPING));
        RawTable noDates = table("sku,units\nA,1\n");
        assertThatThrownBy(() -> PanelBuilder.build(noDates, ColumnMapping.of(null, "units", List.of("sku")), PanelOptions.defaults()))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(ImportException.Reason.NO_DATE_COLUMN));
    }

    @Test
    void duplicateSeverityDependsOnShare() throws IOException {
        PanelResult r = PanelBuilder.build(table(LINES), mapping(), PanelOptions.defaults());
        assertThat(r.report().problems(ProblemKind.DUPLICATE_PERIOD).get(0).severity()).isEqualTo(Severity.INFO);
    }
}
