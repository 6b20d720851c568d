package io.salescast.app.view;

import io.salescast.app.viewmodel.Formats;
import io.salescast.app.viewmodel.LeaderRow;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The sortable leaderboard: accuracy of every model on the backtest, skill against seasonal naive. */
final class LeaderboardTable {

    private LeaderboardTable() {
    }

    static TableView<LeaderRow> create(ObservableList<LeaderRow> rows, Locale locale) {
        SortedList<LeaderRow> sorted = new SortedList<>(rows);
        TableView<LeaderRow> t = new TableView<>(sorted);
        sorted.comparatorProperty().bind(t.comparatorProperty());
        t.setId("leaderboard");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label("No backtest was run: set backtest windows on the Models page to compare models."));
        TableColumn<LeaderRow, LeaderRow> model = new TableColumn<>("Model");
        model.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        model.setComparator(java.util.Comparator.comparing(LeaderRow::label));
        model.setPrefWidth(280);
        model.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LeaderRow r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setGraphic(null);
                    return;
                }
                HBox box = new HBox(6, new Label(r.label()));
                if (r.recommended()) {
                    box.getChildren().add(badge("recommended", "success"));
                }
                if (r.baseline()) {
                    box.getChildren().add(badge("baseline", "muted"));
                }
                setGraphic(box);
            }
        });
        t.getColumns().add(model);
        t.getColumns().add(number("WAPE", LeaderRow::wape, true, locale,
                "Weighted absolute percentage error: total absolute error over total sales. Lower is better."));
        t.getColumns().add(number("Skill", LeaderRow::skill, true, locale,
                "Improvement over seasonal naive: 1 − WAPE / WAPE of seasonal naive. Above 0 beats the baseline."));
        t.getColumns().add(number("MASE", LeaderRow::mase, false, locale,
                "Mean absolute scaled error: error relative to a seasonal-naive forecast in-sample. Below 1 is good."));
        t.getColumns().add(number("MAE", LeaderRow::mae, false, locale, "Mean absolute error in units."));
        t.getColumns().add(number("RMSE", LeaderRow::rmse, false, locale, "Root mean squared error in units; punishes big misses."));
        t.getColumns().add(number("Bias", LeaderRow::bias, true, locale,
                "Relative bias: above 0 over-forecasts, below 0 under-forecasts."));
        t.getColumns().add(number("Coverage", LeaderRow::coverage, true, locale,
                "Share of actual values inside the lowest interval level (should be close to that level)."));
        TableColumn<LeaderRow, String> note = new TableColumn<>("Note");
        note.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().failure() == null ? "" : c.getValue().failure()));
        t.getColumns().add(note);
        return t;
    }

    private static Label badge(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("badge", style);
        return l;
    }

    private static TableColumn<LeaderRow, Number> number(String name, Function<LeaderRow, Double> f, boolean percent, Locale locale,
                                                         String help) {
        TableColumn<LeaderRow, Number> c = new TableColumn<>();
        Label header = new Label(name);
        Tooltip tip = new Tooltip(help);
        tip.setWrapText(true);
        tip.setMaxWidth(320);
        header.setTooltip(tip);
        c.setGraphic(header);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        c.setComparator((a, b) -> Double.compare(nanLast(a), nanLast(b)));
        c.setCellFactory(cc -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : percent ? Formats.percent(v.doubleValue(), 1, locale)
                        : Formats.number(v.doubleValue(), 3, locale));
                setStyle("-fx-alignment: center-right;");
            }
        });
        c.setPrefWidth(90);
        return c;
    }

    private static double nanLast(Number n) {
        return n == null || Double.isNaN(n.doubleValue()) ? Double.MAX_VALUE : n.doubleValue();
    }
}
