package io.salescast.report;

import io.salescast.core.SafeText;
import io.salescast.core.CancellationToken;
import io.salescast.core.CancelledException;
import io.salescast.core.ProgressListener;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFAreaChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Opens the written workbook with POI and checks it against the fixture's known values. */
class ExcelReportTest {

    private static final int PRODUCTS = 5;
    private static final int DAYS = 60;
    private static final int H = 14;

    @TempDir
    static Path dir;
    private static ReportInput input;
    private static XSSFWorkbook wb;

    @BeforeAll
    static void writeOnce() throws Exception {
        input = ReportFixtures.input(PRODUCTS, DAYS, H);
        Path file = dir.resolve("report.xlsx");
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY); // decimal comma: must not leak into the workbook
        try {
            ExcelReport.write(input, file, ReportOptions.defaults().withCharts(ChartSelection.topByVolume(3)),
                    ProgressListener.NONE, CancellationToken.none());
        } finally {
            Locale.setDefault(saved);
        }
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
    }

    @Test
    void hasTheSheetsInOrder() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("Summary", "Forecast", "Forecast wide (XGBoost)", "Charts", "Chart data",
                "Backtest", "Backtest by step", "Backtest by product", "Explanations", "Drivers", "Data quality", "Provenance");
        assertThat(wb.getActiveSheetIndex()).isZero();
    }

    @Test
    void forecastTableHoldsTheEngineValuesWithFormats() {
        Sheet s = wb.getSheet("Forecast");
        List<String> header = texts(s.getRow(0));
        assertThat(header).startsWith("unique_id", "category", "name", "ds", "SeasonalNaive", "SeasonalNaive-lo-80");
        assertThat(s.getLastRowNum()).isEqualTo(PRODUCTS * H);
        int xgb = header.indexOf("XGBoost");
        int hi95 = header.indexOf("XGBoost-hi-95");
        // product P0003 is the 4th block; step 5
        Row r = s.getRow(1 + 3 * H + 5);
        assertThat(r.getCell(0).getStringCellValue()).isEqualTo("P0003");
        assertThat(r.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(ReportFixtures.START.plusDays(DAYS + 5L));
        assertThat(r.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(r.getCell(xgb).getNumericCellValue()).isCloseTo(ReportFixtures.forecast(1, 3, 5), within(1e-9));
        assertThat(r.getCell(hi95).getNumericCellValue()).isCloseTo(ReportFixtures.forecast(1, 3, 5) * 1.35, within(1e-9));
        assertThat(r.getCell(xgb).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(s.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
        assertThat(((XSSFSheet) s).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:"
                + CellReference.convertNumToColString(header.size() - 1) + (PRODUCTS * H + 1));
    }

    @Test
    void wideViewHasOneRowPerProductAndTotals() {
        Sheet s = wb.getSheet("Forecast wide (XGBoost)");
        List<String> header = texts(s.getRow(0));
        assertThat(header).hasSize(3 + 1 + H);
        assertThat(header.get(4)).isEqualTo(ReportFixtures.START.plusDays(DAYS).toString());
        Row p4 = s.getRow(5);
        assertThat(p4.getCell(0).getStringCellValue()).isEqualTo("P0004");
        double total = 0;
        for (int h = 0; h < H; h++) {
            total += ReportFixtures.forecast(1, 4, h);
            assertThat(p4.getCell(4 + h).getNumericCellValue()).isCloseTo(ReportFixtures.forecast(1, 4, h), within(1e-9));
        }
        assertThat(p4.getCell(3).getNumericCellValue()).isCloseTo(total, within(1e-9));
    }

    @Test
    void chartsReferenceTheirDataBlocks() {
        XSSFSheet charts = wb.getSheet("Charts");
        List<XSSFChart> list = charts.getDrawingPatriarch().getCharts();
        assertThat(list).hasSize(3 + 3); // top 3 products + 3 categories
        XSSFChart first = list.get(0);
        assertThat(first.getTitleText().getString()).isEqualTo("P0004");
        List<XDDFChartData> data = first.getChartSeries();
        assertThat(data).hasSize(2);
        assertThat(data.get(0)).isInstanceOf(XDDFAreaChartData.class);
        XDDFChartData lines = data.get(1);
        assertThat(lines).isInstanceOf(XDDFLineChartData.class);
        String actualRef = lines.getSeries(0).getValuesData().getDataRangeReference();
        String fcRef = lines.getSeries(1).getValuesData().getDataRangeReference();
        assertThat(actualRef).startsWith("'Chart data'!$B$");
        assertThat(fcRef).startsWith("'Chart data'!$C$");
        // the referenced cells hold the product's actuals, then its forecast
        Sheet dataSheet = wb.getSheet("Chart data");
        AreaReference area = new AreaReference(actualRef, SpreadsheetVersion.EXCEL2007);
        int firstRow = area.getFirstCell().getRow();
        int lastRow = area.getLastCell().getRow();
        assertThat(lastRow - firstRow + 1).isEqualTo(42 + H); // 3 horizons of history + horizon
        int historyRows = 42;
        for (int i = 0; i < historyRows; i++) {
            Row r = dataSheet.getRow(firstRow + i);
            int t = DAYS - historyRows + i;
            assertThat(r.getCell(1).getNumericCellValue()).isCloseTo(ReportFixtures.actual(4, t), within(1e-9));
            assertThat(DateUtil.getLocalDateTime(r.getCell(0).getNumericCellValue()).toLocalDate())
                    .isEqualTo(ReportFixtures.START.plusDays(t));
        }
        Row f0 = dataSheet.getRow(firstRow + historyRows);
        assertThat(f0.getCell(2).getNumericCellValue()).isCloseTo(ReportFixtures.forecast(1, 4, 0), within(1e-9));
        assertThat(f0.getCell(4).getNumericCellValue()).isCloseTo(ReportFixtures.forecast(1, 4, 0) * 1.2, within(1e-9));
        // the chart cache stores only present points: the first cached forecast point is the first forecast
        assertThat(lines.getSeries(1).getValuesData().getPointAt(0)).isEqualTo(f0.getCell(2).getNumericCellValue());
        // every series has explicit line properties (LibreOffice draws nothing without them)
        assertThat(lines.getSeries(0).getShapeProperties().getLineProperties()).isNotNull();
        assertThat(lines.getSeries(1).getShapeProperties().getLineProperties()).isNotNull();
        assertThat(list.get(3).getTitleText().getString()).isEqualTo("cat0 (total)");
    }

    @Test
    void backtestAndExplanationChartsExist() {
        XSSFSheet bt = wb.getSheet("Backtest");
        XSSFChart chart = bt.getDrawingPatriarch().getCharts().get(0);
        XDDFChartData line = chart.getChartSeries().get(0);
        assertThat(line.getSeriesCount()).isEqualTo(2);
        assertThat(line.getSeries(0).getValuesData().getPointAt(0).doubleValue()).isCloseTo(1.1, within(1e-9));
        assertThat(line.getSeries(0).getValuesData().getDataRangeReference()).startsWith("Backtest!$B$");
        XSSFSheet ex = wb.getSheet("Explanations");
        List<XSSFChart> bars = ex.getDrawingPatriarch().getCharts();
        assertThat(bars).hasSize(2);
        XDDFChartData fam = bars.get(0).getChartSeries().get(0);
        assertThat(fam).isInstanceOf(XDDFBarChartData.class);
        assertThat(fam.getSeries(0).getCategoryData().getPointAt(0)).isEqualTo("lags");
        assertThat(ex.getRow(4).getCell(2).getNumericCellValue()).isCloseTo(0.40, within(1e-9));
    }

    @Test
    void summaryShowsLeaderboardAndProvenance() {
        Sheet s = wb.getSheet("Summary");
        List<String> all = new ArrayList<>();
        s.forEach(r -> r.forEach(c -> {
            if (c.getCellType() == CellType.STRING) {
                all.add(c.getStringCellValue());
            }
        }));
        assertThat(all).contains("store.xlsx", "XGBoost", "SeasonalNaive", "Input file SHA-256", "ab12cd34", "Drivers");
        assertThat(wb.getSheet("Data quality").getRow(11).getCell(3).getStringCellValue()).contains("n/a");
    }

    @Test
    void hostileNamesArePlainTextEverywhere() {
        int hostile = 0;
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    assertThat(c.getCellType()).as(s.getSheetName() + "!" + c.getAddress()).isNotEqualTo(CellType.FORMULA);
                    if (c.getCellType() == CellType.STRING && SafeText.isDangerous(c.getStringCellValue())) {
                        assertThat(c.getCellStyle().getQuotePrefixed()).as(s.getSheetName() + "!" + c.getAddress()).isTrue();
                        hostile++;
                    }
                }
            }
        }
        assertThat(hostile).isGreaterThan(2 * H);
        Row p1 = wb.getSheet("Forecast").getRow(1 + H);
        assertThat(p1.getCell(2).getStringCellValue()).isEqualTo(ReportFixtures.HOSTILE_NAME);
    }

    @Test
    void driversSumTheHorizonAndRankByEffect() {
        Sheet s = wb.getSheet("Drivers");
        List<String> header = texts(s.getRow(0));
        assertThat(header).startsWith("unique_id", "category", "name", "periods", "forecast total", "base (typical level)",
                "driver 1", "effect 1");
        var ex = input.explanations().perSeries().get(3);
        double[] totals = ex.totals();
        int best = 0;
        for (int f = 1; f < totals.length; f++) {
            if (Math.abs(totals[f]) > Math.abs(totals[best])) {
                best = f;
            }
        }
        Row r = s.getRow(4);
        assertThat(r.getCell(0).getStringCellValue()).isEqualTo("P0003");
        assertThat(r.getCell(3).getNumericCellValue()).isEqualTo(H);
        assertThat(r.getCell(5).getNumericCellValue()).isCloseTo(10.0 * H, within(1e-9));
        double sum = 10.0 * H;
        for (double t : totals) {
            sum += t;
        }
        assertThat(r.getCell(4).getNumericCellValue()).isCloseTo(sum, within(1e-9));
        assertThat(r.getCell(6).getStringCellValue()).isEqualTo(ex.features().get(best));
        assertThat(r.getCell(7).getNumericCellValue()).isCloseTo(totals[best], within(1e-12));
        assertThat(r.getCell(header.indexOf("summary")).getStringCellValue())
                .contains((totals[best] > 0 ? "raised by " : "lowered by ") + ex.features().get(best));
    }

    @Test
    void trainingCurvesGetTheirOwnSheetWithAChart() throws Exception {
        ReportInput full = ReportFixtures.input(2, 20, 3);
        io.salescast.forecast.TrainingCurve curve = new io.salescast.forecast.TrainingCurve(List.of(
                new io.salescast.forecast.TrainingCurve.Epoch(1, 2.5, 2.7, 0.003, 1500),
                new io.salescast.forecast.TrainingCurve.Epoch(2, 2.1, 2.4, 0.00255, 1400),
                new io.salescast.forecast.TrainingCurve.Epoch(3, 1.9, 2.45, 0.0022, 1450)), 2, "early stop");
        ReportInput withCurve = new ReportInput(full.summary(), full.history(), full.forecast(), full.chosenModel(),
                full.levels(), full.backtest(), full.explanations(), full.dataQuality(), java.util.Map.of("lstm", curve));
        Path file = dir.resolve("curves.xlsx");
        ExcelReport.write(withCurve, file, ProgressListener.NONE);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            var sheet = book.getSheet("Training");
            assertThat(sheet).isNotNull();
            var header = sheet.getRow(3);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("training loss");
            var second = sheet.getRow(5);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("lstm");
            assertThat(second.getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat(second.getCell(3).getNumericCellValue()).isEqualTo(2.4);
            assertThat(second.getCell(6).getStringCellValue()).isEqualTo("yes");
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            assertThat(charts.get(0).getTitleText().getString()).contains("lstm").contains("best epoch 2");
            String ref = ((XDDFLineChartData) charts.get(0).getChartSeries().get(0)).getSeries(1).getValuesData()
                    .getDataRangeReference();
            assertThat(ref).isEqualTo("Training!$D$5:$D$7");
        }
        // without curves there is no Training sheet
        assertThat(wb.getSheet("Training")).isNull();
    }

    @Test
    void emptyResultsStillMakeAReadableWorkbook() throws Exception {
        ReportInput full = ReportFixtures.input(2, 20, 3);
        ReportInput bare = new ReportInput(full.summary(), full.history(), full.forecast(), full.chosenModel(), List.of(),
                null, null, null);
        Path file = dir.resolve("bare.xlsx");
        ExcelReport.write(bare, file, ProgressListener.NONE);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(book.getSheet("Backtest").getRow(2).getCell(0).getStringCellValue()).contains("No backtest");
            assertThat(book.getSheet("Data quality").getRow(3).getCell(1).getStringCellValue()).isEqualTo("not reported");
            assertThat(book.getSheet("Drivers")).isNull();
            // without interval levels the charts have no band: lines only
            XSSFChart c = book.getSheet("Charts").getDrawingPatriarch().getCharts().get(0);
            assertThat(c.getChartSeries()).hasSize(1).first().isInstanceOf(XDDFLineChartData.class);
        }
    }

    @Test
    void cancellationLeavesTheOldFileIntact() throws Exception {
        Path file = dir.resolve("cancelled.xlsx");
        Files.writeString(file, "old");
        CancellationToken token = new CancellationToken();
        token.cancel();
        assertThatThrownBy(() -> ExcelReport.write(input, file, ReportOptions.defaults(), ProgressListener.NONE, token))
                .isInstanceOf(CancelledException.class);
        assertThat(Files.readString(file)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void tableContinuesOnANewSheetWhenFull() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            ReportStyles styles = new ReportStyles(book);
            TableWriter t = new TableWriter(book, styles, new SheetNames(), "Big",
                    List.of(new TableWriter.Column("n", ColumnType.INTEGER)), 0, 4);
            for (int i = 0; i < 7; i++) {
                t.row().number(i);
            }
            t.finish();
            assertThat(t.sheets()).extracting(Sheet::getSheetName).containsExactly("Big", "Big (2)", "Big (3)");
            assertThat(book.getSheet("Big (3)").getRow(1).getCell(0).getNumericCellValue()).isEqualTo(6);
            assertThat(book.getSheet("Big (2)").getRow(0).getCell(0).getStringCellValue()).isEqualTo("n");
        }
    }

    private static List<String> texts(Row r) {
        List<String> out = new ArrayList<>();
        r.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

}
