package io.salescast.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.salescast.app.Workbench;
import io.salescast.app.chart.ChartSeries;
import io.salescast.app.chart.PlotArea;
import io.salescast.app.chart.TimeChart;
import io.salescast.app.infra.AppPaths;
import io.salescast.app.infra.DialogService;
import io.salescast.app.infra.UserError;
import io.salescast.app.viewmodel.ResultTarget;
import io.salescast.sample.SampleOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main flow, headless: open the sample, import a file with a problem and see it reported,
 * change a feature, train, select a product, click a forecast point and see its explanation,
 * export a report, save and reopen.
 */
@ExtendWith(ApplicationExtension.class)
class MainFlowUiTest {

    @TempDir
    static Path dir;

    private final List<UserError> errors = new ArrayList<>();
    private final List<Path> answers = new ArrayList<>();
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        FilePrompts files = new FilePrompts() {
            @Override
            public Path open(String title, List<Filter> filters) {
                return answers.remove(0);
            }

            @Override
            public Path save(String title, String initialName, List<Filter> filters) {
                return answers.remove(0);
            }
        };
        DialogService dialogs = new DialogService() {
            @Override
            public void showError(UserError error) {
                errors.add(error);
            }

            @Override
            public void showInfo(String title, String message) {
            }

            @Override
            public boolean confirm(String title, String message, String okLabel) {
                return true;
            }
        };
        workbench = new Workbench(new AppPaths(dir.resolve("home")), stage, Platform::runLater, files, dialogs);
        workbench.commands().setSampleOptions(SampleOptions.tiny());
        stage.setScene(workbench.createScene());
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    private static void waitUntil(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }

    private static void snapshot(FxRobot robot, String name) throws Exception {
        var img = robot.capture(robot.lookup("#page-content").queryAs(Node.class)).getImage();
        Path out = Path.of("target", "ui-test-" + name + ".png");
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png", out.toFile());
    }

    private static int leaderboardSize(FxRobot robot) {
        return robot.lookup("#leaderboard").tryQuery().map(n -> ((TableView<?>) n).getItems().size()).orElse(0);
    }

    private static Path salesWithProblem() throws Exception {
        StringBuilder sb = new StringBuilder("date,sku,units,price\n");
        LocalDate d0 = LocalDate.of(2024, 1, 1);
        int row = 1;
        for (int i = 0; i < 240; i++) {
            for (String sku : new String[] {"P-1", "P-2", "P-3"}) {
                row++;
                String units = row == 9 ? "twelve" : Integer.toString(3 + (i * 5 + sku.hashCode()) % 7 + (i % 7 == 5 ? 4 : 0));
                sb.append(d0.plusDays(i)).append(',').append(sku).append(',').append(units).append(",9.5\n");
            }
        }
        Path f = dir.resolve("shop-sales.csv");
        Files.writeString(f, sb.toString());
        return f;
    }

    @Test
    void mainFlow(FxRobot robot) throws Exception {
        // 1. open the sample: it loads and trains with the quick-start settings, then shows results
        robot.clickOn("#open-sample");
        waitUntil(240, () -> leaderboardSize(robot) > 0);
        assertThat(robot.lookup("#leaderboard").queryAs(TableView.class).getItems()).hasSizeGreaterThan(3);

        // 2. import a file with a problem: the report lists it and the cell is highlighted
        answers.add(salesWithProblem());
        robot.clickOn("#nav-start");
        robot.clickOn("#new-project");
        waitUntil(60, () -> robot.lookup("#import-confirm").tryQuery().map(Node::isDisabled).map(d -> !d).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, "import");
        ListView<?> problems = robot.lookup("#import-problems").queryAs(ListView.class);
        assertThat(problems.getItems()).isNotEmpty();
        assertThat(robot.lookup(".problem-cell").queryAll()).as("highlighted cells for %s", problems.getItems()).isNotEmpty();
        robot.clickOn("#import-confirm");
        waitUntil(30, () -> robot.lookup("#data-page").tryQuery().isPresent());
        assertThat(robot.lookup("#product-table").queryAs(TableView.class).getItems()).hasSize(3);

        // 3. change a feature: add lag 21 on the features page
        robot.clickOn("#nav-features");
        robot.clickOn("#lag-input").write("21");
        robot.clickOn("#lag-add");
        waitUntil(10, () -> robot.lookup("#lag-chips").queryAs(javafx.scene.layout.FlowPane.class).getChildren().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Button b && b.getText().equals("21")));

        // 4. train with fewer trees (F5)
        robot.clickOn("#nav-models");
        robot.doubleClickOn(robot.lookup(".text-field").match(n -> "XGBoost Trees".equals(n.getAccessibleText()))
                .queryAs(Node.class)).write("40");
        robot.push(KeyCode.F5);
        var firstRun = workbench.session().resultProperty().get();
        waitUntil(240, () -> workbench.session().resultProperty().get() != null && workbench.session().resultProperty().get() != firstRun
                && leaderboardSize(robot) > 2 && robot.lookup("#forecast-chart").tryQuery().isPresent());

        // 5. select a product and click a forecast point: its waterfall appears
        var target = robot.lookup("#result-target").queryAs(org.controlsfx.control.SearchableComboBox.class);
        Platform.runLater(() -> target.getSelectionModel().select(target.getItems().stream()
                .filter(t -> ((ResultTarget) t).isProduct() && ((ResultTarget) t).ids().get(0).equals("P-2")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(60, () -> !robot.lookup("#waterfall-title").queryAs(Label.class).getText().isEmpty());
        TimeChart chart = robot.lookup("#forecast-chart").queryAs(TimeChart.class);
        ChartSeries forecast = chart.dataProperty().get().series().stream().filter(ChartSeries::pickable).findFirst().orElseThrow();
        PlotArea area = chart.plotArea();
        Point2D p = chart.localToScreen(area.px(forecast.x()[5]), area.py(forecast.y()[5]) + chart.canvas().getLayoutY());
        robot.clickOn(p);
        waitUntil(10, () -> robot.lookup("#waterfall-title").queryAs(Label.class).getText().contains("step 6"));
        assertThat(((javafx.scene.layout.GridPane) robot.lookup("#waterfall").query()).getChildren()).isNotEmpty();

        // 6. export the Excel report
        Path report = dir.resolve("report.xlsx");
        answers.add(report);
        robot.clickOn("#export-excel");
        waitUntil(120, () -> Files.isRegularFile(report) && Files.size(report) > 5000);

        // 7. save (Ctrl+S asks for a file the first time) and reopen
        Path project = dir.resolve("shop.salescast");
        answers.add(project);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(60, () -> Files.isRegularFile(project) && !workbench.title().get().startsWith("•"));
        answers.add(project);
        var before = workbench.session().panelProperty().get();
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        try {
            waitUntil(60, () -> workbench.session().panelProperty().get() != before && workbench.session().panelProperty().get() != null);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("project not reopened; errors shown: " + errors, e);
        }
        assertThat(workbench.session().panelProperty().get().ids()).containsExactly("P-1", "P-2", "P-3");
        assertThat(workbench.session().featureSpecProperty().get().lags()).contains(21);
        assertThat(workbench.title().get()).startsWith("shop");
        assertThat(errors).isEmpty();
    }
}
