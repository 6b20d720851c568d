package io.salescast.app.bench;

import static io.salescast.app.bench.FxSteps.fx;
import static io.salescast.app.bench.FxSteps.shot;
import static io.salescast.app.bench.FxSteps.waitFor;

import io.salescast.app.Workbench;
import io.salescast.app.viewmodel.LiveLoss;
import io.salescast.app.viewmodel.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Screenshot of the Training page while the LSTM trains on the sample store (the live loss chart):
 * opens the sample, waits for its default training, selects the LSTM with the baselines, starts
 * training, waits until the network has reported {@code args[1]} epochs (default 4) and saves
 * {@code args[0]} (default docs/images/app-training-loss.png), then cancels.
 * {@code DISPLAY=:99 java -cp ... io.salescast.app.bench.LossChartShot FILE [EPOCHS]}.
 */
public final class LossChartShot {

    private LossChartShot() {
    }

    /** Runs. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "docs/images/app-training-loss.png");
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path home = Files.createTempDirectory("salescast-loss");
        FxSteps.Started started = FxSteps.start(home, null);
        Stage[] st = {started.stage()};
        Workbench w = started.workbench();
        fx(() -> w.commands().openSample());
        waitFor(600, () -> w.session().resultProperty().get() != null && !w.training().runningProperty().get());
        fx(() -> {
            w.models().models().forEach(r -> r.selectedProperty().set(
                    List.of("lstm", "seasonal_naive", "naive", "ensemble").contains(r.option().type())));
            w.shell().show(Page.TRAINING);
            if (!w.training().start()) {
                throw new IllegalStateException("training did not start: " + w.models().problems());
            }
        });
        waitFor(900, () -> {
            LiveLoss l = w.training().liveLossProperty().get();
            return l != null && l.curve().epochs().size() >= epochs;
        });
        Thread.sleep(700);
        shot(st[0], file);
        System.out.println("wrote " + file);
        fx(() -> w.training().cancel());
        Thread.sleep(500);
        Platform.exit();
        System.exit(0);
    }
}
