package io.salescast.sample;

import io.salescast.core.CancellationToken;
import io.salescast.core.CancelledException;
import io.salescast.core.ProgressListener;
import io.salescast.series.SalesSeries;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The files written for a small store (8 products, one year, with order lines) agree with the in-memory store. */
class SampleWriterTest {

    private static final SampleOptions OPTIONS = SampleOptions.tiny().withProducts(8).withOrderLines(true);

    @TempDir
    static Path dir;
    private static SampleFiles files;
    private static SampleData data;

    @BeforeAll
    static void write() {
        files = SampleWriter.write(OPTIONS, dir.resolve("a"), ProgressListener.NONE, CancellationToken.none());
        data = SampleStore.generate(OPTIONS);
    }

    @Test
    void writesTheFourFilesAndNoTemporaryOnes() throws IOException {
        assertThat(files.files()).extracting(f -> f.path().getFileName().toString())
                .containsExactly(SampleWriter.DAILY, SampleWriter.WEEKLY, SampleWriter.ORDER_LINES, SampleWriter.TRUTH);
        try (var listing = Files.list(files.directory())) {
            assertThat(listing.map(p -> p.getFileName().toString())).hasSize(4).noneMatch(n -> n.startsWith("."));
        }
        assertThat(files.files().get(0).records()).isEqualTo(data.panel().rowCount());
    }

    @Test
    void dailySheetHoldsEveryPanelRowAsTypedCells() throws IOException {
        Map<String, SalesSeries> byId = new HashMap<>();
        data.panel().series().forEach(s -> byId.put(s.id(), s));
        try (XSSFWorkbook wb = open(SampleWriter.DAILY)) {
            XSSFSheet sheet = wb.getSheet("Daily sales");
            assertThat(header(sheet)).containsExactlyElementsOf(SampleColumns.DAILY);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo((int) data.panel().rowCount());
            LocalDate previous = LocalDate.MIN;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Cell dateCell = row.getCell(0);
                assertThat(DateUtil.isCellDateFormatted(dateCell)).isTrue();
                LocalDate date = dateCell.getLocalDateTimeCellValue().toLocalDate();
                assertThat(date).isAfterOrEqualTo(previous);
                previous = date;
                SalesSeries s = byId.get(row.getCell(1).getStringCellValue());
                int t = (int) (date.toEpochDay() - s.start().toEpochDay());
                assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(s.y()[t]);
                double price = row.getCell(4).getNumericCellValue();
                double discount = row.getCell(5).getNumericCellValue();
                assertThat(price).isEqualTo(s.covariates()[0][t]);
                assertThat(discount).isEqualTo(s.covariates()[1][t]);
                assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(s.covariates()[2][t]);
                assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(s.covariates()[3][t]);
                assertThat(row.getCell(3).getNumericCellValue())
                        .isCloseTo(s.y()[t] * price * (1 - discount), org.assertj.core.data.Offset.offset(0.0051));
            }
        }
    }

    @Test
    void productsSheetMatchesTheAttributes() throws IOException {
        try (XSSFWorkbook wb = open(SampleWriter.DAILY)) {
            Sheet sheet = wb.getSheet("Products");
            List<String> expected = new ArrayList<>(List.of(SampleColumns.SKU));
            expected.addAll(SampleColumns.ATTRIBUTES);
            assertThat(header(sheet)).containsExactlyElementsOf(expected);
            assertThat(sheet.getLastRowNum()).isEqualTo(OPTIONS.products());
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String sku = row.getCell(0).getStringCellValue();
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(data.attributes().get(sku, SampleColumns.NAME));
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(data.attributes().get(sku, SampleColumns.CATEGORY));
                assertThat(row.getCell(4).getLocalDateTimeCellValue().toLocalDate().toString())
                        .isEqualTo(data.attributes().get(sku, SampleColumns.LAUNCH_DATE));
                assertThat(row.getCell(5).getNumericCellValue())
                        .isEqualTo(Double.parseDouble(data.attributes().get(sku, SampleColumns.LIST_PRICE)));
            }
        }
    }

    @Test
    void weeklyCellsAreTheSumsOfTheDailyUnits() throws IOException {
        try (XSSFWorkbook wb = open(SampleWriter.WEEKLY)) {
            Sheet sheet = wb.getSheet("Weekly units");
            Row header = sheet.getRow(0);
            LocalDate firstMonday = header.getCell(3).getLocalDateTimeCellValue().toLocalDate();
            assertThat(firstMonday).isEqualTo(LocalDate.of(2024, 12, 30));
            assertThat(header.getLastCellNum()).isEqualTo((short) (3 + 53));
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                SalesSeries s = data.panel().series(row.getCell(0).getStringCellValue()).orElseThrow();
                long[] weeks = new long[53];
                for (int t = 0; t < s.length(); t++) {
                    weeks[(int) ((s.start().toEpochDay() + t - firstMonday.toEpochDay()) / 7)] += (long) s.y()[t];
                }
                for (int w = 0; w < 53; w++) {
                    Cell c = row.getCell(3 + w);
                    LocalDate monday = firstMonday.plusWeeks(w);
                    boolean sold = !monday.plusDays(6).isBefore(s.start()) && !monday.isAfter(s.end(data.panel().frequency()));
                    if (sold) {
                        assertThat(c.getNumericCellValue()).as("%s week %s", s.id(), monday).isEqualTo(weeks[w]);
                    } else {
                        assertThat(c == null || c.getCellType() == CellType.BLANK).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void orderLinesSumExactlyToTheDailyUnits() throws IOException {
        Map<String, Long> byDay = new HashMap<>();
        Map<Long, Integer> linesPerOrder = new HashMap<>();
        Map<LocalDate, Set<Long>> ordersPerDay = new HashMap<>();
        Map<Long, String> timeOfOrder = new HashMap<>();
        DateTimeFormatter fmt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(files.directory().resolve(SampleWriter.ORDER_LINES))), StandardCharsets.UTF_8))) {
            assertThat(in.readLine()).isEqualTo("order_id,timestamp,sku,quantity,unit_price,discount");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                assertThat(f).hasSize(6);
                long order = Long.parseLong(f[0]);
                LocalDate day = LocalDateTime.parse(f[1], fmt).toLocalDate();
                SalesSeries s = data.panel().series(f[2]).orElseThrow();
                int t = (int) (day.toEpochDay() - s.start().toEpochDay());
                assertThat(Double.parseDouble(f[4])).isEqualTo(s.covariates()[0][t]);
                assertThat(Double.parseDouble(f[5])).isEqualTo(s.covariates()[1][t]);
                byDay.merge(f[2] + "|" + day, Long.parseLong(f[3]), Long::sum);
                linesPerOrder.merge(order, 1, Integer::sum);
                ordersPerDay.computeIfAbsent(day, d -> new HashSet<>()).add(order);
                assertThat(timeOfOrder.computeIfAbsent(order, o -> f[1])).isEqualTo(f[1]);
            }
        }
        for (SalesSeries s : data.panel().series()) {
            for (int t = 0; t < s.length(); t++) {
                long lines = byDay.getOrDefault(s.id() + "|" + s.start().plusDays(t), 0L);
                assertThat(lines).as("%s on %s", s.id(), s.start().plusDays(t)).isEqualTo((long) s.y()[t]);
            }
        }
        assertThat(linesPerOrder.values().stream().filter(n -> n > 1).count()).isGreaterThan(linesPerOrder.size() / 4);
        assertThat(ordersPerDay).hasSize(OPTIONS.days());
        assertThat(ordersPerDay.values().stream().mapToInt(Set::size).average().orElse(0)).isGreaterThan(5);
    }

    @Test
    void sameOptionsWriteTheSameBytes() throws IOException {
        SampleFiles again = SampleWriter.write(OPTIONS, dir.resolve("b"), ProgressListener.NONE, CancellationToken.none());
        for (int i = 0; i < files.files().size(); i++) {
            assertThat(Files.readAllBytes(again.files().get(i).path()))
                    .as(again.files().get(i).path().getFileName().toString())
                    .isEqualTo(Files.readAllBytes(files.files().get(i).path()));
        }
    }

    @Test
    void truthFileReadsBackAsTheTruth() throws IOException {
        SampleTruth read = TruthJson.read(files.directory().resolve(SampleWriter.TRUTH));
        assertThat(read).isEqualTo(data.truth());
        assertThat(read.seed()).isEqualTo(SampleOptions.DEFAULT_SEED);
        assertThat(read.generatorVersion()).isEqualTo(SampleStore.VERSION);
    }

    @Test
    void cancellationStopsWithoutLeavingFiles() throws IOException {
        CancellationToken cancel = new CancellationToken();
        AtomicInteger calls = new AtomicInteger();
        Path out = dir.resolve("cancelled");
        assertThatThrownBy(() -> SampleWriter.write(OPTIONS, out, (stage, fraction, message) -> {
            if (stage.equals("daily workbook") && calls.incrementAndGet() == 10) {
                cancel.cancel();
            }
        }, cancel)).isInstanceOf(CancelledException.class);
        try (var listing = Files.list(out)) {
            assertThat(listing).isEmpty();
        }
    }

    private static XSSFWorkbook open(String name) throws IOException {
        return new XSSFWorkbook(Files.newInputStream(files.directory().resolve(name)));
    }

    private static List<String> header(Sheet sheet) {
        List<String> out = new ArrayList<>();
        sheet.getRow(0).forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }
}
