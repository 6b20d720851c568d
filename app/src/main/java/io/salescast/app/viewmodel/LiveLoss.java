package io.salescast.app.viewmodel;

import io.salescast.forecast.TrainingCurve;

import java.util.Locale;

/**
 * The loss curve of the neural network being trained now, for the Training page's live chart.
 *
 * @param model alias of the network
 * @param fit   which of its fits this is (1-based: one per backtest window, then the final fit)
 * @param fits  how many fits the run trains for it
 * @param curve every epoch of this fit so far
 */
public record LiveLoss(String model, int fit, int fits, TrainingCurve curve) {

    /** "lstm, fit 2 of 4 (backtest window 2): epoch 7, training loss 0.41, validation 0.45". */
    public String title() {
        String which = fit >= fits ? "final fit" : "backtest window " + fit;
        StringBuilder b = new StringBuilder(model + ", fit " + Math.min(fit, fits) + " of " + fits + " (" + which + ")");
        if (!curve.epochs().isEmpty()) {
            TrainingCurve.Epoch last = curve.epochs().get(curve.epochs().size() - 1);
            b.append(": epoch ").append(last.epoch()).append(", training loss ").append(Formats.number(last.trainLoss(), 3, Locale.getDefault()));
            if (Double.isFinite(last.validationLoss())) {
                b.append(", validation ").append(Formats.number(last.validationLoss(), 3, Locale.getDefault()));
            }
        }
        return b.toString();
    }
}
