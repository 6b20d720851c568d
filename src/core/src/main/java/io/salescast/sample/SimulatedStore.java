package io.salescast.sample;

import java.util.List;

/**
 * A simulated store in compact form, for the file writers.
 *
 * @param options options used
 * @param truth   planted truth
 * @param days    simulated days per product, in the truth's product order
 */
record SimulatedStore(SampleOptions options, SampleTruth truth, List<ProductDays> days) {
}
