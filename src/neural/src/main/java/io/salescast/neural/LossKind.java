package io.salescast.neural;

/**
 * How a network is fitted to unit sales, which are small non-negative counts with many zeros.
 * Both work on sales divided by the window's scale (1 + mean of the window's observed sales).
 */
public enum LossKind {
    /** Mean squared error on {@code log1p(sales / scale)}; forecasts are {@code expm1(out) * scale}. */
    LOG_MSE,
    /** Poisson deviance on {@code sales / scale} with a softplus output (a rate); forecasts are {@code rate * scale}. */
    POISSON
}
