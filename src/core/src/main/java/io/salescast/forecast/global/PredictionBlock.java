package io.salescast.forecast.global;

import io.salescast.features.FeatureTable;

/**
 * The feature rows one model predicted from: row {@code r} of {@code rows} is the forecast of
 * series {@code rows.seriesId(r)} for period {@code rows.date(r)}; {@code predictions[r]} is the
 * model's raw output (transformed scale, before clamping and inverting).
 *
 * @param block       the model and its features
 * @param rows        feature rows, one per forecast point served by the block
 * @param predictions raw model output per row
 */
public record PredictionBlock(ModelBlock block, FeatureTable rows, double[] predictions) {
}
