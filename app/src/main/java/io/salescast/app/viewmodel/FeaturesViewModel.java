package io.salescast.app.viewmodel;

import io.salescast.core.SalescastException;
import io.salescast.features.FeatureBuilder;
import io.salescast.features.FeatureSpec;
import io.salescast.features.FeatureSpec.CalendarFeature;
import io.salescast.features.FeatureSpec.DiffFeature;
import io.salescast.features.FeatureSpec.RollingFeature;
import io.salescast.features.FeatureSpec.TargetTransform;
import io.salescast.features.FeatureTable;
import io.salescast.features.LeakageGuard;
import io.salescast.series.SalesPanel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The features page: every part of the {@link FeatureSpec} as an editable property, leakage
 * warnings where they arise, and a live preview of the feature table for one product. Every edit
 * produces a new spec in the session at once.
 */
public final class FeaturesViewModel {

    /** Rows of the preview (the most recent periods of the product). */
    public static final int PREVIEW_ROWS = 120;

    private final SessionViewModel session;
    private final ObservableList<Integer> lags = FXCollections.observableArrayList();
    private final ObservableList<RollingFeature> rolling = FXCollections.observableArrayList();
    private final ObservableList<DiffFeature> differences = FXCollections.observableArrayList();
    private final ObservableList<Double> ewmAlphas = FXCollections.observableArrayList();
    private final Map<CalendarFeature, BooleanProperty> calendar = new EnumMap<>(CalendarFeature.class);
    private final BooleanProperty festivals = new SimpleBooleanProperty();
    private final IntegerProperty eventWindow = new SimpleIntegerProperty();
    private final BooleanProperty priceFeatures = new SimpleBooleanProperty();
    private final BooleanProperty ageSinceLaunch = new SimpleBooleanProperty();
    private final BooleanProperty expandingMean = new SimpleBooleanProperty();
    private final ObjectProperty<TargetTransform> transform = new SimpleObjectProperty<>(TargetTransform.NONE);
    private final ObservableList<Toggle> covariates = FXCollections.observableArrayList();
    private final ObservableList<Toggle> attributes = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<String> productIds = FXCollections.observableArrayList();
    private final StringProperty previewProduct = new SimpleStringProperty();
    private final ObjectProperty<FeatureTable> preview = new SimpleObjectProperty<>();
    private final IntegerProperty featureCount = new SimpleIntegerProperty();
    private final ObservableList<CustomEvent> customEvents = FXCollections.observableArrayList();
    /** Entries of the spec's custom events this page cannot show (kept as they are). */
    private List<String> unreadableEvents = List.of();
    private List<String> festivalNames = List.of();
    private boolean loading;

    /** The features page over the session's spec and data. */
    public FeaturesViewModel(SessionViewModel session) {
        this.session = session;
        for (CalendarFeature c : CalendarFeature.values()) {
            BooleanProperty p = new SimpleBooleanProperty();
            p.addListener(this::edited);
            calendar.put(c, p);
        }
        for (Observable o : List.of(lags, rolling, differences, ewmAlphas, festivals, eventWindow, priceFeatures, ageSinceLaunch,
                expandingMean, transform, customEvents)) {
            o.addListener(this::edited);
        }
        session.panelProperty().addListener((o, a, b) -> load());
        session.featureSpecProperty().addListener((o, a, b) -> {
            if (!loading) {
                load();
            }
        });
        session.horizonProperty().addListener((o, a, b) -> refresh());
        previewProduct.addListener((o, a, b) -> refreshPreview());
        load();
    }

    private void edited(Observable o) {
        if (!loading) {
            loading = true;
            try {
                session.featureSpecProperty().set(buildSpec());
            } finally {
                loading = false;
            }
            refresh();
        }
    }

    /** Loads the session's spec into the editable properties. */
    private void load() {
        loading = true;
        try {
            FeatureSpec s = session.featureSpecProperty().get();
            SalesPanel p = session.panelProperty().get();
            lags.setAll(new TreeSet<>(s.lags()));
            rolling.setAll(s.rolling());
            differences.setAll(s.differences());
            ewmAlphas.setAll(s.ewmAlphas());
            calendar.forEach((c, prop) -> prop.set(s.calendar().contains(c)));
            festivals.set(s.festivals());
            eventWindow.set(s.eventWindow());
            priceFeatures.set(s.priceFeatures());
            ageSinceLaunch.set(s.ageSinceLaunch());
            expandingMean.set(s.expandingMean());
            transform.set(s.transform());
            List<CustomEvent> events = new ArrayList<>();
            List<String> unreadable = new ArrayList<>();
            for (String e : s.customEvents()) {
                CustomEvent c = CustomEvent.parse(e);
                if (c == null) {
                    unreadable.add(e);
                } else {
                    events.add(c);
                }
            }
            customEvents.setAll(events);
            unreadableEvents = List.copyOf(unreadable);
            festivalNames = s.festivalNames();
            covariates.setAll(toggles(p == null ? List.of() : p.covariateNames(), s.covariates(), true));
            attributes.setAll(toggles(p == null ? List.of() : p.attributes().names(), s.attributes(), false));
            List<String> ids = p == null ? List.of() : p.ids();
            productIds.setAll(ids);
            if (previewProduct.get() == null || !ids.contains(previewProduct.get())) {
                previewProduct.set(ids.isEmpty() ? null : ids.get(0));
            }
        } finally {
            loading = false;
        }
        refresh();
    }

    private List<Toggle> toggles(List<String> names, List<String> selected, boolean covariate) {
        List<Toggle> out = new ArrayList<>();
        for (String n : names) {
            String note = "";
            if (covariate) {
                CovariateRoles.Role r = CovariateRoles.of(n);
                if (r == CovariateRoles.Role.STOCKOUT || r == CovariateRoles.Role.IN_STOCK) {
                    note = "Leakage risk: stock-outs are only known after the fact. Forecasts would assume future values "
                            + "you cannot know; leave this off unless you plan stock levels in advance.";
                }
            }
            Toggle t = Toggle.of(n, selected.contains(n), note);
            t.selected().addListener(this::edited);
            out.add(t);
        }
        return out;
    }

    /** The spec the current settings describe. */
    public FeatureSpec buildSpec() {
        EnumSet<CalendarFeature> cal = EnumSet.noneOf(CalendarFeature.class);
        calendar.forEach((c, p) -> {
            if (p.get()) {
                cal.add(c);
            }
        });
        return new FeatureSpec(List.copyOf(new TreeSet<>(lags)), List.copyOf(rolling), cal, festivals.get(), eventWindow.get(),
                eventSpecs(), selected(covariates), priceFeatures.get(), selected(attributes), ageSinceLaunch.get(),
                transform.get(), expandingMean.get(), List.copyOf(ewmAlphas), List.copyOf(differences), festivalNames);
    }

    private List<String> eventSpecs() {
        List<String> out = new ArrayList<>(unreadableEvents);
        customEvents.forEach(e -> out.add(e.spec()));
        return out;
    }

    /** The user's own events (festivals aside), each a feature column with the same window. */
    public ObservableList<CustomEvent> customEvents() {
        return customEvents;
    }

    /**
     * Adds an event from what the user typed: a name and dates as yyyy-mm-dd separated by commas
     * or spaces. An event of the same name gets the new dates added. Refused (with the reason in
     * {@link #errorProperty()}) without a name or with a date that cannot be read.
     */
    public boolean addEvent(String name, String datesText) {
        String n = name == null ? "" : name.trim();
        if (n.isEmpty() || n.contains(":")) {
            error.set("Give the event a name (without ':'), e.g. Summer sale.");
            return false;
        }
        List<LocalDate> dates = new ArrayList<>();
        for (String d : (datesText == null ? "" : datesText).split("[\\s,;]+")) {
            if (d.isBlank()) {
                continue;
            }
            try {
                dates.add(LocalDate.parse(d.trim()));
            } catch (java.time.format.DateTimeParseException e) {
                error.set("'" + d.trim() + "' is not a date. Write dates as yyyy-mm-dd, separated by commas, "
                        + "e.g. 2024-06-01, 2025-06-01.");
                return false;
            }
        }
        if (dates.isEmpty()) {
            error.set("Give at least one date for " + n + ", as yyyy-mm-dd (past dates teach the model the effect; "
                    + "future ones mark the forecast periods).");
            return false;
        }
        for (int i = 0; i < customEvents.size(); i++) {
            if (customEvents.get(i).name().equalsIgnoreCase(n)) {
                List<LocalDate> all = new ArrayList<>(customEvents.get(i).dates());
                all.addAll(dates);
                customEvents.set(i, new CustomEvent(customEvents.get(i).name(), all));
                return true;
            }
        }
        customEvents.add(new CustomEvent(n, dates));
        return true;
    }

    /** Removes an event. */
    public void removeEvent(CustomEvent e) {
        customEvents.remove(e);
    }

    private static List<String> selected(List<Toggle> toggles) {
        return toggles.stream().filter(t -> t.selected().get()).map(Toggle::name).toList();
    }

    /** Restores the recommended features for the data's frequency. */
    public void resetDefaults() {
        SalesPanel p = session.panelProperty().get();
        if (p != null) {
            session.featureSpecProperty().set(FeatureSpec.defaults(p.frequency()));
        }
    }

    /** Turns every feature off (only local models will have anything to learn from). */
    public void clearAll() {
        session.featureSpecProperty().set(FeatureSpec.none());
    }

    /**
     * Adds a lag; refused (with the reason in {@link #errorProperty()}) below 1 or beyond the
     * data.
     */
    public boolean addLag(int lag) {
        SalesPanel p = session.panelProperty().get();
        int longest = p == null ? Integer.MAX_VALUE : p.series().stream().mapToInt(s -> s.length()).max().orElse(0);
        if (lag < 1) {
            error.set("A lag must be at least 1: lag " + lag + " would read the value being forecast (leakage).");
            return false;
        }
        if (lag >= longest) {
            error.set("Lag " + lag + " reaches beyond the longest history (" + longest + " periods).");
            return false;
        }
        if (!lags.contains(lag)) {
            lags.add(lag);
            FXCollections.sort(lags);
        }
        return true;
    }

    /** Removes a lag. */
    public void removeLag(Integer lag) {
        lags.remove(lag);
    }

    /** Adds a rolling statistic over {@code window} periods ending {@code lag} periods back. */
    public boolean addRolling(RollingFeature.Stat stat, int window, int lag) {
        if (window < 1 || lag < 1 || (stat == RollingFeature.Stat.STD && window < 2)) {
            error.set("A rolling window needs a window of at least " + (stat == RollingFeature.Stat.STD ? 2 : 1)
                    + " and must end at least 1 period back.");
            return false;
        }
        RollingFeature r = new RollingFeature(stat, window, lag);
        if (!rolling.contains(r)) {
            rolling.add(r);
        }
        return true;
    }

    /** Removes a rolling statistic. */
    public void removeRolling(RollingFeature r) {
        rolling.remove(r);
    }

    /** Adds a difference feature. */
    public boolean addDifference(int period, int lag) {
        if (period < 1 || lag < 1) {
            error.set("A difference needs a period and a lag of at least 1.");
            return false;
        }
        DiffFeature d = new DiffFeature(period, lag);
        if (!differences.contains(d)) {
            differences.add(d);
        }
        return true;
    }

    /** Removes a difference feature. */
    public void removeDifference(DiffFeature d) {
        differences.remove(d);
    }

    private void refresh() {
        warnings.clear();
        SalesPanel p = session.panelProperty().get();
        FeatureSpec spec = session.featureSpecProperty().get();
        if (p == null) {
            return;
        }
        try {
            warnings.addAll(LeakageGuard.check(spec, session.horizonProperty().get(), 1));
            error.set("");
        } catch (SalescastException e) {
            error.set(e.getMessage() + (e.hint() == null ? "" : " " + e.hint()));
        }
        int h = session.horizonProperty().get();
        if (!spec.lags().isEmpty() && spec.minTargetLag() < h) {
            warnings.add("Lags shorter than the horizon (" + h + ") are filled with the model's own forecasts when "
                    + "forecasting further ahead (recursive forecasting); errors can compound over the horizon.");
        }
        for (Toggle t : covariates) {
            if (t.selected().get() && !t.note().isEmpty()) {
                warnings.add("\"" + t.name() + "\": " + t.note());
            }
        }
        LocalDate lastDay = p.series().stream().map(s -> s.end(p.frequency())).max(LocalDate::compareTo).orElse(null);
        for (CustomEvent e : customEvents) {
            if (lastDay != null && e.dates().stream().noneMatch(d -> !d.isAfter(lastDay))) {
                warnings.add("\"" + e.name() + "\" has no date within the history (which ends " + lastDay + "): the models "
                        + "cannot learn its effect until it has happened at least once.");
            }
        }
        int longest = p.series().stream().mapToInt(s -> s.length()).max().orElse(0);
        if (spec.maxLookback() >= longest / 2 && spec.maxLookback() > 0) {
            warnings.add("The longest look-back (" + spec.maxLookback() + " periods) uses half or more of the history ("
                    + longest + " periods): few complete training rows remain.");
        }
        refreshPreview();
    }

    private void refreshPreview() {
        SalesPanel p = session.panelProperty().get();
        String id = previewProduct.get();
        if (p == null || id == null || p.series(id).isEmpty()) {
            preview.set(null);
            featureCount.set(0);
            return;
        }
        try {
            FeatureBuilder b = FeatureBuilder.create(session.featureSpecProperty().get(), p, session.horizonProperty().get());
            FeatureTable t = b.table(p.select(List.of(id)));
            preview.set(t);
            featureCount.set(b.features().size());
        } catch (SalescastException | IllegalArgumentException e) {
            preview.set(null);
            featureCount.set(0);
            error.set(e.getMessage());
        }
    }

    /** Target lags. */
    public ObservableList<Integer> lags() {
        return lags;
    }

    /** Rolling statistics. */
    public ObservableList<RollingFeature> rolling() {
        return rolling;
    }

    /** Differences. */
    public ObservableList<DiffFeature> differences() {
        return differences;
    }

    /** EWM smoothing factors. */
    public ObservableList<Double> ewmAlphas() {
        return ewmAlphas;
    }

    /** Whether a calendar feature is on. */
    public BooleanProperty calendarProperty(CalendarFeature c) {
        return calendar.get(c);
    }

    /** Festival and holiday features. */
    public BooleanProperty festivalsProperty() {
        return festivals;
    }

    /** Periods around events flagged as "near event". */
    public IntegerProperty eventWindowProperty() {
        return eventWindow;
    }

    /** Derived price features (relative price, change). */
    public BooleanProperty priceFeaturesProperty() {
        return priceFeatures;
    }

    /** Periods since the first sale. */
    public BooleanProperty ageSinceLaunchProperty() {
        return ageSinceLaunch;
    }

    /** Mean of all history so far. */
    public BooleanProperty expandingMeanProperty() {
        return expandingMean;
    }

    /** Target transform. */
    public ObjectProperty<TargetTransform> transformProperty() {
        return transform;
    }

    /** Covariates of the data, each on or off. */
    public ObservableList<Toggle> covariates() {
        return covariates;
    }

    /** Static attributes of the data, each on or off. */
    public ObservableList<Toggle> attributes() {
        return attributes;
    }

    /** Leakage and data-fit warnings for the current settings. */
    public ObservableList<String> warnings() {
        return warnings;
    }

    /** The last refused edit or invalid setting, empty when all is well. */
    public StringProperty errorProperty() {
        return error;
    }

    /** Products to preview. */
    public ObservableList<String> productIds() {
        return productIds;
    }

    /** The product whose features are previewed. */
    public StringProperty previewProductProperty() {
        return previewProduct;
    }

    /** The feature table of the previewed product, or null. */
    public ObjectProperty<FeatureTable> previewProperty() {
        return preview;
    }

    /** Number of feature columns the settings produce. */
    public IntegerProperty featureCountProperty() {
        return featureCount;
    }
}
