package io.salescast.report;

import io.salescast.forecast.TrainingCurve;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The training curves of models trained by gradient descent (the neural forecasters): loss per
 * epoch on the training windows and on the held-out last periods, with one native line chart per
 * model. Written only when a model of the run has a curve.
 */
final class TrainingSheet {

    static final String NAME = "Training";
    private static final int HEADER_ROW = 3;

    private final ReportStyles styles;
    private final SheetNames names;

    TrainingSheet(ReportStyles styles, SheetNames names) {
        this.styles = styles;
        this.names = names;
    }

    String write(Workbook wb, Map<String, TrainingCurve> curves) {
        List<TableWriter.Column> cols = List.of(
                new TableWriter.Column("model", ColumnType.TEXT),
                new TableWriter.Column("epoch", ColumnType.INTEGER),
                new TableWriter.Column("training loss", ColumnType.METRIC),
                new TableWriter.Column("validation loss", ColumnType.METRIC),
                new TableWriter.Column("learning rate", ColumnType.METRIC),
                new TableWriter.Column("seconds", ColumnType.DECIMAL),
                new TableWriter.Column("weights kept", ColumnType.TEXT));
        TableWriter t = new TableWriter(wb, styles, names, NAME, cols, HEADER_ROW);
        Sheet s = t.sheet();
        SheetCells.text(styles, s.createRow(0), 0, "Training curves (loss per epoch; lower is better)", styles.title);
        SheetCells.text(styles, s.createRow(1), 0, "Losses are in each model's own training units. The weights of the"
                + " epoch marked 'yes' were kept (early stopping on the validation periods).", styles.subtitle);
        List<Block> blocks = new ArrayList<>();
        for (var e : curves.entrySet()) {
            int first = t.nextRowIndex();
            for (TrainingCurve.Epoch ep : e.getValue().epochs()) {
                t.row().text(e.getKey()).number(ep.epoch()).number(ep.trainLoss()).number(ep.validationLoss())
                        .number(ep.learningRate()).number(ep.millis() / 1000.0)
                        .text(ep.epoch() == e.getValue().bestEpoch() ? "yes" : "");
            }
            if (t.nextRowIndex() > first) {
                blocks.add(new Block(e.getKey(), e.getValue(), first, t.nextRowIndex() - 1));
            }
        }
        t.finish();
        charts(wb, s, blocks);
        return s.getSheetName();
    }

    private void charts(Workbook wb, Sheet s, List<Block> blocks) {
        String name = s.getSheetName();
        int top = HEADER_ROW;
        for (Block b : blocks) {
            double[] epochs = b.curve.epochs().stream().mapToDouble(TrainingCurve.Epoch::epoch).toArray();
            double[] train = b.curve.epochs().stream().mapToDouble(TrainingCurve.Epoch::trainLoss).toArray();
            double[] valid = b.curve.epochs().stream().mapToDouble(TrainingCurve.Epoch::validationLoss).toArray();
            List<XddfCharts.Line> lines = new ArrayList<>();
            lines.add(new XddfCharts.Line("training loss", new CellReference(name, HEADER_ROW, 2, true, true),
                    new XddfCharts.Range(name, b.first, b.last, 2), train, XddfCharts.palette(0), false));
            lines.add(new XddfCharts.Line("validation loss", new CellReference(name, HEADER_ROW, 3, true, true),
                    new XddfCharts.Range(name, b.first, b.last, 3), valid, XddfCharts.palette(1), false));
            String stop = b.curve.stopReason().isBlank() ? "" : ", " + b.curve.stopReason();
            XSSFChart chart = XddfCharts.create(Workbooks.xssf(wb, s).createDrawingPatriarch(), 8, top, 17, top + 18,
                    b.model + ": loss per epoch (best epoch " + b.curve.bestEpoch() + stop + ")");
            XddfCharts.lines(chart, epochs, new XddfCharts.Range(name, b.first, b.last, 1), lines, "Epoch", "Loss");
            top += 20;
        }
    }

    private record Block(String model, TrainingCurve curve, int first, int last) {
    }
}
