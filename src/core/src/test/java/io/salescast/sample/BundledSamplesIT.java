package io.salescast.sample;

import com.github.pjfanning.xlsx.StreamingReader;
import io.salescast.series.SalesSeries;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed files under {@code samples/} are what the generator produces for the default
 * options (if this fails after a change to the generator, regenerate them as samples/README.md
 * says and bump {@link SampleStore#VERSION}), and they stay within the size budget.
 */
class BundledSamplesIT {

    private static final Path SAMPLES = locate();
    private static final SampleData DATA = SampleStore.generate(SampleOptions.sample());

    private static Path locate() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("samples").resolve(SampleWriter.TRUTH))) {
                return p.resolve("samples");
            }
        }
        throw new IllegalStateException("samples/ not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void truthFileIsTheGeneratorsTruth() throws IOException {
        assertThat(TruthJson.read(SAMPLES.resolve(SampleWriter.TRUTH))).isEqualTo(DATA.truth());
    }

    @Test
    void dailyWorkbookHoldsTheGeneratedRows() throws IOException {
        Map<String, SalesSeries> byId = new HashMap<>();
        DATA.panel().series().forEach(s -> byId.put(s.id(), s));
        long rows = 0;
        long mismatches = 0;
        try (InputStream in = Files.newInputStream(SAMPLES.resolve(SampleWriter.DAILY));
             Workbook wb = StreamingReader.builder().rowCacheSize(500).bufferSize(1 << 16).open(in)) {
            Sheet sheet = wb.getSheet(DailyWorkbookWriter.DAILY_SHEET);
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                rows++;
                LocalDate date = row.getCell(0).getLocalDateTimeCellValue().toLocalDate();
                SalesSeries s = byId.get(row.getCell(1).getStringCellValue());
                int t = (int) (date.toEpochDay() - s.start().toEpochDay());
                boolean same = number(row.getCell(2)) == s.y()[t] && number(row.getCell(4)) == s.covariates()[0][t]
                        && number(row.getCell(5)) == s.covariates()[1][t] && number(row.getCell(6)) == s.covariates()[2][t]
                        && number(row.getCell(7)) == s.covariates()[3][t];
                mismatches += same ? 0 : 1;
            }
        }
        assertThat(rows).isEqualTo(DATA.panel().rowCount());
        assertThat(mismatches).isZero();
    }

    @Test
    void weeklyWorkbookTotalsMatchTheGeneratedUnits() throws IOException {
        long total = 0;
        try (InputStream in = Files.newInputStream(SAMPLES.resolve(SampleWriter.WEEKLY));
             Workbook wb = StreamingReader.builder().rowCacheSize(100).open(in)) {
            for (Row row : wb.getSheet(WeeklyWideWriter.SHEET)) {
                for (Cell c : row) {
                    if (row.getRowNum() > 0 && c.getColumnIndex() >= WeeklyWideWriter.LEADING.size()) {
                        total += (long) c.getNumericCellValue();
                    }
                }
            }
        }
        assertThat(total).isEqualTo(totalUnits());
    }

    @Test
    void orderLinesSumToTheGeneratedDailyUnits() throws IOException {
        Map<String, Long> byDay = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(SAMPLES.resolve(SampleWriter.ORDER_LINES)), 1 << 16), StandardCharsets.UTF_8))) {
            assertThat(in.readLine()).isEqualTo(String.join(",", SampleColumns.ORDER_LINES));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int a = line.indexOf(',');
                int b = line.indexOf(',', a + 1);
                int c = line.indexOf(',', b + 1);
                int d = line.indexOf(',', c + 1);
                byDay.merge(line.substring(b + 1, c) + '|' + line.substring(a + 1, a + 11),
                        Long.parseLong(line.substring(c + 1, d)), Long::sum);
            }
        }
        long mismatches = 0;
        for (SalesSeries s : DATA.panel().series()) {
            for (int t = 0; t < s.length(); t++) {
                long sum = byDay.getOrDefault(s.id() + '|' + s.start().plusDays(t), 0L);
                mismatches += sum == (long) s.y()[t] ? 0 : 1;
            }
        }
        assertThat(mismatches).isZero();
        assertThat(byDay.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(totalUnits());
    }

    @Test
    void samplesStayWithinTheSizeBudget() throws IOException {
        long bytes;
        try (var files = Files.list(SAMPLES)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        assertThat(bytes).isLessThan(15_500_000L);
    }

    private static long totalUnits() {
        long total = 0;
        for (SalesSeries s : DATA.panel().series()) {
            for (double v : s.y()) {
                total += (long) v;
            }
        }
        return total;
    }

    private static double number(Cell cell) {
        return cell.getNumericCellValue();
    }
}
