package io.salescast.app.viewmodel;

import io.salescast.app.infra.BackgroundTasks;
import io.salescast.app.infra.DialogService;
import io.salescast.app.infra.UserError;
import io.salescast.explain.ForecastExplanation;
import io.salescast.report.ExcelReport;
import io.salescast.report.ExplanationResults;
import io.salescast.report.ForecastCsv;
import io.salescast.report.ReportExplanations;
import io.salescast.report.ReportInput;
import io.salescast.report.ReportInputs;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Exports of the last run: the Excel report and the forecasts as CSV, written in the background. */
public final class ExportViewModel {

    private final SessionViewModel session;
    private final ExplanationsViewModel explanations;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;

    /** Exports of the session's results. */
    public ExportViewModel(SessionViewModel session, ExplanationsViewModel explanations, BackgroundTasks tasks, DialogService dialogs) {
        this.session = session;
        this.explanations = explanations;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** Whether there is something to export. */
    public boolean canExport() {
        return session.resultProperty().get() != null;
    }

    /** The report input of the last run (with explanations when they are ready). */
    public ReportInput reportInput() {
        RunResult r = session.resultProperty().get();
        SessionViewModel.ImportInfo info = session.importProperty().get();
        Map<String, String> prov = new LinkedHashMap<>();
        prov.put("Seed", Long.toString(r.seed()));
        prov.put("Source", info == null ? "Sample store (generated, seed 42)" : info.file().toString());
        prov.put("Trained", r.finished().toString());
        if (r.restored()) {
            prov.put("Results", "read from the saved project file (not trained again in this session)");
        }
        prov.put("Java", System.getProperty("java.version"));
        return ReportInputs.of(session.nameProperty().get(), r.panel(), r.settings(), r.result(), info == null ? null : info.report(),
                explanationResults(explanations.explanationProperty().get()), prov);
    }

    /**
     * Explanations in the report's form (the same conversion as the command line's report:
     * readable labels, family labels, family totals), or null.
     */
    static ExplanationResults explanationResults(ForecastExplanation e) {
        return e == null ? null : ReportExplanations.of(e, null);
    }

    /** Writes the Excel report to {@code target}; {@code onDone} gets the file. */
    public void exportReport(Path target, Consumer<Path> onDone) {
        if (!canExport()) {
            return;
        }
        ReportInput in = reportInput();
        tasks.submit("Writing the Excel report", (p, c) -> {
            ExcelReport.write(in, target, p);
            return target;
        }, onDone, e -> dialogs.showError(UserError.from("write the Excel report", e)));
    }

    /** Writes the forecasts (every model, with intervals) as long-format CSV. */
    public void exportCsv(Path target, Consumer<Path> onDone) {
        if (!canExport()) {
            return;
        }
        var frame = session.resultProperty().get().result().forecasts();
        tasks.submit("Writing the forecast CSV", (p, c) -> {
            ForecastCsv.write(frame, target);
            return target;
        }, onDone, e -> dialogs.showError(UserError.from("write the CSV file", e)));
    }
}
