package io.salescast.app.view;

import io.salescast.app.viewmodel.ModelOption;
import io.salescast.app.viewmodel.ModelRow;
import io.salescast.app.viewmodel.ModelsViewModel;
import io.salescast.app.viewmodel.SessionViewModel;
import io.salescast.evaluation.Metric;
import io.salescast.forecast.Device;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The models page: model cards by family, forecast settings, device and seed, and Train. */
public final class ModelsView extends ScrollPane {

    /**
     * @param vm      the page's view model
     * @param session for the horizon
     * @param train   starts training
     */
    public ModelsView(ModelsViewModel vm, SessionViewModel session, Runnable train) {
        setId("models-page");
        setFitToWidth(true);
        Label title = new Label("Models");
        title.getStyleClass().add("page-title");
        Label sub = new Label("Choose what to train. Every model is backtested on rolling windows and compared with seasonal naive.");
        sub.getStyleClass().add("page-subtitle");
        sub.setWrapText(true);
        Button run = new Button("Train and forecast", Icons.of(Feather.PLAY));
        run.setId("train-button");
        run.getStyleClass().add("accent");
        run.setDefaultButton(false);
        run.setTooltip(new Tooltip("Train the chosen models and forecast (F5)"));
        run.setOnAction(e -> train.run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(10, new VBox(2, title, sub), grow, run);
        head.setAlignment(Pos.CENTER_LEFT);

        VBox problems = new VBox(6);
        Runnable fill = () -> problems.getChildren().setAll(vm.problems().stream()
                .map(p -> Cards.message(p, p.startsWith("No GPU") ? "info" : "danger")).toList());
        vm.problems().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        run.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !vm.canRun(), vm.problems()));

        VBox content = new VBox(14, head, problems, settingsCard(vm, session));
        for (ModelOption.Kind k : ModelOption.Kind.values()) {
            var rows = vm.models().filtered(r -> r.option().kind() == k);
            if (!rows.isEmpty()) {
                FlowPane cards = new FlowPane(12, 12);
                rows.forEach(r -> cards.getChildren().add(modelCard(r)));
                Label kl = new Label(k.label());
                kl.getStyleClass().add("section-title");
                content.getChildren().addAll(kl, cards);
            }
        }
        content.getStyleClass().add("page");
        setContent(content);
    }

    private static VBox modelCard(ModelRow r) {
        CheckBox cb = new CheckBox(r.option().label());
        cb.setId("model-" + r.option().type());
        cb.getStyleClass().add("section-title");
        cb.selectedProperty().bindBidirectional(r.selectedProperty());
        cb.setDisable(r.required());
        Label d = new Label(r.option().description() + (r.required() ? " Always trained." : ""));
        d.setWrapText(true);
        d.getStyleClass().add("text-muted");
        VBox box = new VBox(8, cb, d);
        if (!r.option().params().isEmpty()) {
            GridPane g = new GridPane();
            g.setHgap(8);
            g.setVgap(6);
            int row = 0;
            for (ModelOption.Param p : r.option().params()) {
                Label l = new Label(p.label());
                TextField f = new TextField();
                f.setPrefColumnCount(6);
                f.textProperty().bindBidirectional(r.param(p.name()));
                f.setAccessibleText(r.option().label() + " " + p.label());
                Tooltip tip = new Tooltip(p.help() + " Default " + p.defaultValue() + ".");
                tip.setWrapText(true);
                tip.setMaxWidth(320);
                f.setTooltip(tip);
                l.setTooltip(tip);
                f.disableProperty().bind(r.selectedProperty().not());
                g.addRow(row++, l, f);
            }
            box.getChildren().add(g);
        }
        box.getStyleClass().add("card");
        box.setPrefWidth(290);
        return box;
    }

    private static VBox settingsCard(ModelsViewModel vm, SessionViewModel session) {
        Spinner<Integer> horizon = new Spinner<>(1, 730, session.horizonProperty().get());
        horizon.setId("horizon");
        horizon.setEditable(true);
        horizon.setPrefWidth(100);
        horizon.getValueFactory().valueProperty().addListener((o, a, b) -> session.horizonProperty().set(b));
        session.horizonProperty().addListener((o, a, b) -> horizon.getValueFactory().setValue(b.intValue()));
        horizon.setTooltip(new Tooltip("How many periods ahead to forecast."));
        Spinner<Integer> windows = new Spinner<>(0, 12, vm.windowsProperty().get());
        windows.setEditable(true);
        windows.setPrefWidth(90);
        windows.getValueFactory().valueProperty().addListener((o, a, b) -> vm.windowsProperty().set(b));
        vm.windowsProperty().addListener((o, a, b) -> windows.getValueFactory().setValue(b.intValue()));
        windows.setTooltip(new Tooltip("Rolling-origin backtests: each window hides one horizon of history and checks the forecast."));
        FlowPane levels = new FlowPane(10, 6);
        for (int l : ModelsViewModel.LEVELS) {
            CheckBox cb = new CheckBox(l + "%");
            cb.selectedProperty().bindBidirectional(vm.levelProperty(l));
            levels.getChildren().add(cb);
        }
        ComboBox<Metric> metric = new ComboBox<>();
        metric.getItems().setAll(Metric.values());
        metric.valueProperty().bindBidirectional(vm.selectByProperty());
        metric.setTooltip(new Tooltip("The recommended forecast is the model or blend with the lowest backtest error by this metric."));
        ToggleGroup dev = new ToggleGroup();
        RadioButton cpu = new RadioButton("CPU");
        RadioButton gpu = new RadioButton("GPU");
        cpu.setToggleGroup(dev);
        gpu.setToggleGroup(dev);
        (vm.deviceProperty().get() == Device.GPU ? gpu : cpu).setSelected(true);
        dev.selectedToggleProperty().addListener((o, a, b) -> vm.deviceProperty().set(b == gpu ? Device.GPU : Device.CPU));
        gpu.setDisable(!vm.gpuAvailable());
        Label devInfo = new Label(vm.deviceInfo());
        devInfo.getStyleClass().add("text-muted");
        TextField seed = new TextField(Long.toString(vm.seedProperty().get()));
        seed.setPrefColumnCount(8);
        seed.textProperty().addListener((o, a, b) -> {
            try {
                vm.seedProperty().set(Long.parseLong(b.trim()));
                seed.getStyleClass().remove("danger");
            } catch (NumberFormatException e) {
                seed.getStyleClass().add("danger");
            }
        });
        seed.setTooltip(new Tooltip("Same data, same settings, same seed: the same numbers, here and in the command line."));
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(10);
        g.addRow(0, new Label("Horizon (periods)"), horizon, new Label("Backtest windows"), windows);
        g.addRow(1, new Label("Interval levels"), levels, new Label("Recommend by"), metric);
        g.addRow(2, new Label("Device"), new HBox(10, cpu, gpu), new Label("Seed"), seed);
        GridPane.setColumnSpan(devInfo, 4);
        g.add(devInfo, 0, 3);
        return Cards.card("Forecast settings", null, g);
    }
}
