package io.salescast.app.viewmodel;

import io.salescast.evaluation.Metric;
import io.salescast.forecast.Device;
import io.salescast.forecast.ModelSpec;
import io.salescast.forecast.engine.EngineSettings;
import io.salescast.series.SalesPanel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The models page: which models to train with their key parameters, horizon, interval levels,
 * backtest windows, the metric that picks the recommendation, device and seed. Produces the
 * engine's settings and says what is wrong with them before a run starts.
 */
public final class ModelsViewModel {

    /** Interval levels offered. */
    public static final List<Integer> LEVELS = List.of(50, 80, 90, 95, 99);

    private final SessionViewModel session;
    private final ObservableList<ModelRow> models = FXCollections.observableArrayList();
    private final Map<Integer, BooleanProperty> levels = new TreeMap<>();
    private final IntegerProperty windows = new SimpleIntegerProperty(3);
    private final ObjectProperty<Metric> selectBy = new SimpleObjectProperty<>(Metric.WAPE);
    private final ObjectProperty<Device> device = new SimpleObjectProperty<>(Device.CPU);
    private final LongProperty seed = new SimpleLongProperty(42);
    private final IntegerProperty threads = new SimpleIntegerProperty(io.salescast.forecast.TrainContext.defaultThreads());
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final String deviceInfo;
    private final boolean gpuAvailable;

    /**
     * @param session         the open project
     * @param neuralAvailable whether neural models can be offered
     * @param gpuAvailable    whether a GPU was detected
     * @param deviceInfo      what was detected, for display
     */
    public ModelsViewModel(SessionViewModel session, boolean neuralAvailable, boolean gpuAvailable, String deviceInfo) {
        this.session = session;
        this.gpuAvailable = gpuAvailable;
        this.deviceInfo = deviceInfo;
        for (ModelOption o : ModelOption.all(neuralAvailable)) {
            ModelRow r = new ModelRow(o, TrainingPlan.DEFAULT_TYPES.contains(o.type()), o.type().equals("seasonal_naive"));
            models.add(r);
            r.selectedProperty().addListener(this::changed);
            o.params().forEach(p -> r.param(p.name()).addListener(this::changed));
        }
        for (int l : LEVELS) {
            BooleanProperty p = new SimpleBooleanProperty(l == 80 || l == 95);
            p.addListener(this::changed);
            levels.put(l, p);
        }
        for (Observable o : List.of(windows, selectBy, device, seed, session.horizonProperty(), session.panelProperty())) {
            o.addListener(this::changed);
        }
        validate();
    }

    private void changed(Observable o) {
        validate();
        if (o != session.panelProperty()) {
            session.markDirty();
        }
    }

    /** Every model offered. */
    public ObservableList<ModelRow> models() {
        return models;
    }

    /** Whether an interval level is produced. */
    public BooleanProperty levelProperty(int level) {
        return levels.get(level);
    }

    /** Rolling-origin backtest windows (0 = none: no leaderboard, intervals or blends). */
    public IntegerProperty windowsProperty() {
        return windows;
    }

    /** Metric that picks the recommended forecast. */
    public ObjectProperty<Metric> selectByProperty() {
        return selectBy;
    }

    /** Where the neural networks train. */
    public ObjectProperty<Device> deviceProperty() {
        return device;
    }

    /** Whether a GPU was detected. */
    public boolean gpuAvailable() {
        return gpuAvailable;
    }

    /** What was detected ("CPU: 2 cores; no GPU found"). */
    public String deviceInfo() {
        return deviceInfo;
    }

    /** Seed of every random choice (same seed, same numbers). */
    public LongProperty seedProperty() {
        return seed;
    }

    /** Worker threads for training. */
    public IntegerProperty threadsProperty() {
        return threads;
    }

    /** Why the settings cannot run, empty when they can. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** Chooses the given model types only (the seasonal-naive reference stays). */
    public void choose(List<ModelSpec> specs) {
        for (ModelRow r : models) {
            r.selectedProperty().set(r.required());
        }
        for (ModelSpec s : specs) {
            models.stream().filter(r -> r.option().type().equals(s.type())).findFirst().ifPresent(r -> r.load(s));
        }
    }

    /** Applies engine settings (a preset or a saved project). */
    public void apply(EngineSettings s) {
        choose(s.models());
        windows.set(s.windows());
        levels.forEach((l, p) -> p.set(s.levels().contains(l)));
        selectBy.set(s.selectBy());
        session.horizonProperty().set(s.horizon());
        session.featureSpecProperty().set(s.features());
    }

    /** The engine settings the page describes. */
    public EngineSettings settings() {
        List<ModelSpec> specs = new ArrayList<>();
        for (ModelRow r : models) {
            if (r.selectedProperty().get()) {
                specs.add(r.spec());
            }
        }
        List<Integer> lv = levels.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
        int h = session.horizonProperty().get();
        return new EngineSettings(specs, null, session.featureSpecProperty().get(), h, windows.get(), h, lv, selectBy.get(), 0);
    }

    /** The train context settings: seed, device, threads. */
    public io.salescast.forecast.TrainContext context() {
        return new io.salescast.forecast.TrainContext(seed.get(), device.get(), Math.max(1, threads.get()), null, null);
    }

    /** Re-checks the settings against the data. */
    public void validate() {
        List<String> out = new ArrayList<>();
        long chosen = models.stream().filter(r -> r.selectedProperty().get() && r.option().kind() != ModelOption.Kind.BLEND).count();
        if (chosen == 0) {
            out.add("Choose at least one model.");
        }
        boolean blend = models.stream().anyMatch(r -> r.selectedProperty().get() && r.option().kind() == ModelOption.Kind.BLEND);
        if (blend && windows.get() == 0) {
            out.add("Blends are learned from the backtest: set at least one backtest window or unselect the blends.");
        }
        for (ModelRow r : models) {
            String p = r.selectedProperty().get() ? r.validate() : null;
            if (p != null) {
                out.add(p);
            }
        }
        SalesPanel panel = session.panelProperty().get();
        int h = session.horizonProperty().get();
        if (h < 1) {
            out.add("The horizon must be at least 1 period.");
        }
        if (panel != null && h >= 1) {
            int longest = panel.series().stream().mapToInt(s -> s.length()).max().orElse(0);
            int needed = h * (windows.get() + 1) + panel.frequency().seasonLength();
            if (needed > longest) {
                out.add("The backtest needs " + needed + " periods of history (" + (windows.get() + 1) + " × horizon " + h
                        + " + one season) but the longest product has " + longest + ". Shorten the horizon or use fewer windows.");
            }
        }
        if (device.get() == Device.GPU && !gpuAvailable) {
            out.add("No GPU was detected; training will run on the CPU.");
        }
        problems.setAll(out);
    }

    /** Whether the settings can run (warnings about the GPU do not block). */
    public boolean canRun() {
        return problems.stream().allMatch(p -> p.startsWith("No GPU"));
    }
}
