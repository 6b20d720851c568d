package io.salescast.forecast.baseline;

/**
 * Smoothing parameters of an ETS model in the state-space form of Hyndman et al. (2008) and R
 * forecast::ets (the trend smoothing {@code beta} is the state-space one: {@code beta <= alpha};
 * {@code beta/alpha} is the beta* of Holt's method).
 *
 * @param alpha level smoothing
 * @param beta  trend smoothing (ignored without trend)
 * @param gamma seasonal smoothing (ignored without season)
 * @param phi   damping (1 for undamped trends)
 */
public record EtsParams(double alpha, double beta, double gamma, double phi) {
}
