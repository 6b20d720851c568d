package io.salescast.app.view;

import io.salescast.app.viewmodel.ExplanationsViewModel;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The explanation panel beside the forecast chart: the clicked point's waterfall, drivers, importance. */
public final class ExplanationsView extends ScrollPane {

    /** Builds the panel over {@code vm}. */
    public ExplanationsView(ExplanationsViewModel vm) {
        setId("explanations");
        setFitToWidth(true);
        Label title = new Label("Why this forecast?");
        title.getStyleClass().add("section-title");
        Label status = new Label();
        status.setWrapText(true);
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(vm.statusProperty());

        Label wfTitle = new Label();
        wfTitle.setId("waterfall-title");
        wfTitle.setWrapText(true);
        wfTitle.textProperty().bind(vm.waterfallTitleProperty());
        BarRows waterfall = new BarRows(vm.waterfall(), "Waterfall of the selected forecast point");
        waterfall.setId("waterfall");
        Label wfHint = new Label("Red steps push the forecast up, blue ones pull it down, from the typical value to the forecast.");
        wfHint.setWrapText(true);
        wfHint.getStyleClass().add("text-muted");

        Label drvTitle = new Label("What drives this product");
        drvTitle.getStyleClass().add("section-title");
        Label drivers = new Label();
        drivers.setId("drivers");
        drivers.setWrapText(true);
        drivers.textProperty().bind(vm.driversProperty());

        Label impTitle = new Label("Importance");
        impTitle.getStyleClass().add("section-title");
        ToggleGroup g = new ToggleGroup();
        ToggleButton fam = new ToggleButton("By family");
        ToggleButton feat = new ToggleButton("By feature");
        fam.setToggleGroup(g);
        feat.setToggleGroup(g);
        fam.getStyleClass().addAll("small", "left-pill");
        feat.getStyleClass().addAll("small", "right-pill");
        fam.setSelected(vm.byFamilyProperty().get());
        feat.setSelected(!vm.byFamilyProperty().get());
        g.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                vm.byFamilyProperty().set(b == fam);
            }
        });
        BarRows importance = new BarRows(vm.importance(), "Importance of features");
        importance.setId("importance");
        Label impHint = new Label("Mean absolute contribution to the forecasts, in units.");
        impHint.getStyleClass().add("text-muted");
        VBox box = new VBox(10, title, status, wfTitle, waterfall, wfHint, drvTitle, drivers,
                new HBox(8, impTitle, new HBox(fam, feat)), importance, impHint);
        box.getStyleClass().add("page");
        setContent(box);
    }
}
