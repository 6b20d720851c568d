package io.salescast.report;

import io.salescast.forecast.ForecastFrame;
import io.salescast.forecast.TrainingCurve;
import io.salescast.series.SalesPanel;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a report shows, independent of how the engine produced it. Built from a run by
 * {@link io.salescast.report.ReportInputs} or by hand in tests.
 *
 * @param summary      run-level facts and provenance
 * @param history      the actuals (with static attributes joined into the tables)
 * @param forecast     the forecasts of every model, with interval columns
 * @param chosenModel  alias of the model the wide view and charts show
 * @param levels       interval levels in percent (80, 95...), as present in {@code forecast}
 * @param backtest     backtest results, or {@link BacktestResults#empty()}
 * @param explanations explanations, or {@link ExplanationResults#empty()}
 * @param dataQuality  the import report, or {@link DataQuality#unknown()}
 * @param trainingCurves loss per epoch of the models trained by gradient descent, by alias (may be empty)
 */
public record ReportInput(ReportSummary summary, SalesPanel history, ForecastFrame forecast, String chosenModel,
                          List<Integer> levels, BacktestResults backtest, ExplanationResults explanations,
                          DataQuality dataQuality, Map<String, TrainingCurve> trainingCurves) {

    /** Validates. */
    public ReportInput {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(chosenModel, "chosenModel");
        levels = List.copyOf(levels).stream().sorted().toList();
        backtest = backtest == null ? BacktestResults.empty() : backtest;
        explanations = explanations == null ? ExplanationResults.empty() : explanations;
        dataQuality = dataQuality == null ? DataQuality.unknown() : dataQuality;
        trainingCurves = trainingCurves == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(trainingCurves));
        if (!forecast.series().isEmpty() && !forecast.columnNames().contains(chosenModel)) {
            throw new ReportException("The chosen model '" + chosenModel + "' has no forecast in this run.",
                    "Choose one of: " + String.join(", ", forecast.columnNames()), null, null);
        }
    }

    /** An input without training curves (no model of the run was trained by gradient descent). */
    public ReportInput(ReportSummary summary, SalesPanel history, ForecastFrame forecast, String chosenModel,
                       List<Integer> levels, BacktestResults backtest, ExplanationResults explanations,
                       DataQuality dataQuality) {
        this(summary, history, forecast, chosenModel, levels, backtest, explanations, dataQuality, Map.of());
    }

    /**
     * The model aliases with a point forecast column, in column order (interval columns excluded).
     */
    public List<String> modelColumns() {
        return forecast.columnNames().stream().filter(c -> !c.matches(".*-(lo|hi)-\\d+$")).toList();
    }
}
