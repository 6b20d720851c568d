package io.salescast.app.view;

import io.salescast.app.viewmodel.CustomEvent;
import io.salescast.app.viewmodel.FeaturesViewModel;
import io.salescast.app.viewmodel.Toggle;
import io.salescast.features.FeatureSpec.CalendarFeature;
import io.salescast.features.FeatureSpec.RollingFeature;
import io.salescast.features.FeatureSpec.TargetTransform;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The features page: settings on the left, warnings on top, live preview on the right. */
public final class FeaturesView extends SplitPane {

    private final FeaturesViewModel vm;

    /** Builds the page over {@code vm}. */
    public FeaturesView(FeaturesViewModel vm, Locale locale) {
        this.vm = vm;
        setId("features-page");
        Label title = new Label("Features");
        title.getStyleClass().add("page-title");
        Label count = new Label();
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(vm.featureCountProperty().asString("%d feature columns for the machine-learning models"));
        Button defaults = new Button("Recommended defaults", Icons.of(Feather.ROTATE_CCW));
        defaults.setId("features-defaults");
        defaults.setTooltip(new Tooltip("Restore the recommended features for this data's frequency"));
        defaults.setOnAction(e -> vm.resetDefaults());
        Button clear = new Button("Clear all");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> vm.clearAll());
        defaults.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        count.setWrapText(true);
        HBox buttons = new HBox(8, defaults, clear);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox head = new VBox(4, title, count, buttons);

        VBox messages = new VBox(6);
        Runnable fillMessages = () -> {
            messages.getChildren().clear();
            if (!vm.errorProperty().get().isEmpty()) {
                messages.getChildren().add(Cards.message(vm.errorProperty().get(), "danger"));
            }
            vm.warnings().forEach(w -> messages.getChildren().add(Cards.message(w, "warning")));
        };
        vm.warnings().addListener((ListChangeListener<String>) c -> fillMessages.run());
        vm.errorProperty().addListener((o, a, b) -> fillMessages.run());
        fillMessages.run();
        messages.setId("feature-warnings");

        VBox settings = new VBox(12, head, messages, lagsCard(), rollingCard(), trendCard(), calendarCard(), eventsCard(),
                togglesCard("Covariates", "Columns known in advance for the forecast period (price, planned promotions).",
                        vm, true), togglesCard("Product attributes",
                        "Static facts about each product, shared across products by the global models.", vm, false),
                transformCard());
        settings.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(settings);
        scroll.setFitToWidth(true);
        getItems().addAll(scroll, new FeaturePreview(vm, locale));
        setDividerPositions(0.45);
    }

    private VBox lagsCard() {
        TextField add = new TextField();
        add.setId("lag-input");
        add.setPromptText("Add lag, e.g. 364");
        add.setPrefColumnCount(9);
        add.setAccessibleText("New lag in periods");
        Runnable addLag = () -> {
            try {
                if (vm.addLag(Integer.parseInt(add.getText().trim()))) {
                    add.clear();
                }
            } catch (NumberFormatException e) {
                vm.errorProperty().set("Type a whole number of periods, e.g. 7 for a week ago on daily data.");
            }
        };
        add.setOnAction(e -> addLag.run());
        Button b = new Button("Add");
        b.setId("lag-add");
        b.setOnAction(e -> addLag.run());
        FlowPane chips = Chips.of(vm.lags(), String::valueOf, vm::removeLag, "lag");
        chips.setId("lag-chips");
        return Cards.card("Recent sales (lags)", "Sales L periods before the forecast date. 7 = the same weekday last week.",
                chips, new HBox(6, add, b));
    }

    private VBox rollingCard() {
        ComboBox<RollingFeature.Stat> stat = new ComboBox<>();
        stat.getItems().setAll(RollingFeature.Stat.values());
        stat.setValue(RollingFeature.Stat.MEAN);
        Spinner<Integer> window = new Spinner<>(1, 730, 7);
        window.setEditable(true);
        window.setPrefWidth(90);
        window.setAccessibleText("Window length");
        Spinner<Integer> lag = new Spinner<>(1, 730, 1);
        lag.setEditable(true);
        lag.setPrefWidth(90);
        lag.setAccessibleText("Periods back the window ends");
        Button add = new Button("Add");
        add.setOnAction(e -> vm.addRolling(stat.getValue(), window.getValue(), lag.getValue()));
        FlowPane chips = Chips.of(vm.rolling(),
                r -> r.stat().name().toLowerCase(Locale.ROOT) + " of " + r.window() + ", " + r.lag() + " back", vm::removeRolling,
                "rolling window");
        stat.setMinWidth(Region.USE_PREF_SIZE);
        add.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, stat, new Label("over"), window, new Label("periods"));
        row.setAlignment(Pos.CENTER_LEFT);
        HBox row2 = new HBox(6, new Label("ending"), lag, new Label("periods back"), add);
        row2.setAlignment(Pos.CENTER_LEFT);
        return Cards.card("Rolling windows", "Mean, spread, minimum or maximum of sales over a window that ends some periods back.",
                chips, row, row2);
    }

    private VBox trendCard() {
        Spinner<Integer> period = new Spinner<>(1, 365, 7);
        period.setPrefWidth(80);
        period.setEditable(true);
        Spinner<Integer> lag = new Spinner<>(1, 365, 1);
        lag.setPrefWidth(80);
        lag.setEditable(true);
        Button add = new Button("Add");
        add.setOnAction(e -> vm.addDifference(period.getValue(), lag.getValue()));
        FlowPane diffs = Chips.of(vm.differences(), d -> "change over " + d.period() + ", " + d.lag() + " back",
                vm::removeDifference, "difference");
        FlowPane ewm = Chips.of(vm.ewmAlphas(), a -> "smoothed α " + a, vm.ewmAlphas()::remove, "smoothed mean");
        CheckBox expanding = new CheckBox("Mean of all history so far");
        expanding.selectedProperty().bindBidirectional(vm.expandingMeanProperty());
        CheckBox age = new CheckBox("Periods since launch");
        age.selectedProperty().bindBidirectional(vm.ageSinceLaunchProperty());
        add.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, new Label("Change over"), period, new Label("periods,"), lag, new Label("back"), add);
        row.setAlignment(Pos.CENTER_LEFT);
        return Cards.card("Trend and level", "Differences show momentum; smoothed and expanding means give the long-run level.",
                diffs, row, ewm, expanding, age);
    }

    private VBox calendarCard() {
        FlowPane boxes = new FlowPane(14, 8);
        for (CalendarFeature c : CalendarFeature.values()) {
            CheckBox cb = new CheckBox(label(c));
            cb.setId("calendar-" + c.name().toLowerCase(Locale.ROOT));
            cb.selectedProperty().bindBidirectional(vm.calendarProperty(c));
            boxes.getChildren().add(cb);
        }
        return Cards.card("Calendar", "Weekly and yearly seasonality.", boxes);
    }

    private static String label(CalendarFeature c) {
        String s = c.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private VBox eventsCard() {
        CheckBox fest = new CheckBox("Festivals and holidays (Christmas, Black Friday, Easter…)");
        fest.setId("festivals");
        fest.selectedProperty().bindBidirectional(vm.festivalsProperty());
        Spinner<Integer> window = new Spinner<>(0, 60, 0);
        window.setPrefWidth(80);
        window.getValueFactory().valueProperty().addListener((o, a, b) -> vm.eventWindowProperty().set(b));
        vm.eventWindowProperty().addListener((o, a, b) -> window.getValueFactory().setValue(b.intValue()));
        window.getValueFactory().setValue(vm.eventWindowProperty().get());
        window.disableProperty().bind(fest.selectedProperty().not().and(Bindings.isEmpty(vm.customEvents())));
        HBox row = new HBox(6, new Label("Flag"), window, new Label("periods before and after each event"));
        row.setAlignment(Pos.CENTER_LEFT);

        Label own = new Label("Your own events");
        own.getStyleClass().add("section-title");
        FlowPane events = Chips.of(vm.customEvents(), CustomEvent::display, vm::removeEvent, "event");
        events.setId("event-chips");
        TextField name = new TextField();
        name.setId("event-name");
        name.setPromptText("Event name");
        name.setPrefColumnCount(9);
        name.setAccessibleText("Event name");
        TextField dates = new TextField();
        dates.setId("event-dates");
        dates.setPromptText("2024-06-01, 2025-06-01");
        dates.setPrefColumnCount(12);
        HBox.setHgrow(dates, Priority.ALWAYS);
        dates.setAccessibleText("Event dates, yyyy-mm-dd separated by commas");
        dates.setTooltip(new Tooltip("Past dates teach the models the event's effect; future dates mark the forecast periods."));
        Button add = new Button("Add");
        add.setId("event-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        Runnable addEvent = () -> {
            if (vm.addEvent(name.getText(), dates.getText())) {
                name.clear();
                dates.clear();
            }
        };
        add.setOnAction(e -> addEvent.run());
        dates.setOnAction(e -> addEvent.run());
        HBox addRow = new HBox(6, name, dates, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        return Cards.card("Events", "Known dates that move sales, with a window for the run-up and the after-effect.", fest, row,
                own, events, addRow);
    }

    private static VBox togglesCard(String title, String help, FeaturesViewModel vm, boolean covariates) {
        VBox list = new VBox(6);
        var items = covariates ? vm.covariates() : vm.attributes();
        Runnable fill = () -> {
            list.getChildren().clear();
            for (Toggle t : items) {
                CheckBox cb = new CheckBox(t.name());
                cb.setMnemonicParsing(false); // column names such as list_price keep their underscore
                cb.setId((covariates ? "covariate-" : "attribute-") + t.name());
                cb.selectedProperty().bindBidirectional(t.selected());
                if (!t.note().isEmpty()) {
                    cb.setGraphic(Icons.of(Feather.ALERT_TRIANGLE, 13));
                    cb.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                    Tooltip tip = new Tooltip(t.note());
                    tip.setWrapText(true);
                    tip.setMaxWidth(360);
                    cb.setTooltip(tip);
                }
                list.getChildren().add(cb);
            }
            if (items.isEmpty()) {
                Label none = new Label(covariates ? "The data has no covariates." : "The data has no product attributes.");
                none.getStyleClass().add("text-muted");
                list.getChildren().add(none);
            }
        };
        items.addListener((ListChangeListener<Toggle>) c -> fill.run());
        fill.run();
        VBox card = Cards.card(title, help, list);
        if (covariates) {
            CheckBox price = new CheckBox("Derived price features (relative price, price change)");
            price.selectedProperty().bindBidirectional(vm.priceFeaturesProperty());
            card.getChildren().add(price);
        }
        return card;
    }

    private VBox transformCard() {
        ComboBox<TargetTransform> t = new ComboBox<>();
        t.getItems().setAll(TargetTransform.values());
        t.valueProperty().bindBidirectional(vm.transformProperty());
        t.setAccessibleText("Target transform");
        Label explain = new Label();
        explain.getStyleClass().add("text-muted");
        explain.setWrapText(true);
        explain.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.transformProperty().get()) {
            case NONE -> "Models learn units directly.";
            case LOG1P -> "Models learn log(1 + units): steadier for products with occasional spikes.";
            case SERIES_SCALE -> "Each product is divided by its own average, so fast and slow sellers share patterns.";
        }, vm.transformProperty()));
        return Cards.card("Target transform", "Applied before training and undone on the forecasts.", t, explain);
    }
}
