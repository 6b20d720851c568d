package io.salescast.report;

import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.ForecastFrame.SeriesForecast;
import io.salescast.series.Columns;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Forecasts as a long CSV: {@code unique_id,ds,<model>,<model>-lo-80,<model>-hi-80,...}, one
 * row per series and period, the layout forecasting libraries read and write.
 */
public final class ForecastCsv {

    private ForecastCsv() {
    }

    /** Writes {@code frame} to {@code target} atomically. */
    public static void write(ForecastFrame frame, Path target) {
        List<String> cols = frame.columnNames();
        List<String> header = new ArrayList<>(List.of(Columns.UNIQUE_ID, Columns.DS));
        header.addAll(cols);
        CsvExport.write(target, header, out -> {
            for (SeriesForecast s : frame.series()) {
                for (int t = 0; t < s.horizon(); t++) {
                    out.text(s.id()).date(frame.frequency().step(s.start(), t));
                    for (String c : cols) {
                        double[] v = s.column(c);
                        out.number(v == null ? Double.NaN : v[t]);
                    }
                    out.end();
                }
            }
        });
    }
}
