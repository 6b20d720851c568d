package io.salescast.report;

import io.salescast.forecast.ForecastFrame;

import java.nio.file.Path;

/**
 * Kept so that existing callers compile; the writer is {@link io.salescast.forecast.ForecastCsv}.
 *
 * @deprecated use {@link io.salescast.forecast.ForecastCsv#write(ForecastFrame, Path)}
 */
@Deprecated(forRemoval = true)
public final class ForecastCsv {

    private ForecastCsv() {
    }

    /** Writes {@code frame} to {@code target} atomically (see {@link io.salescast.forecast.ForecastCsv}). */
    public static void write(ForecastFrame frame, Path target) {
        io.salescast.forecast.ForecastCsv.write(frame, target);
    }
}
