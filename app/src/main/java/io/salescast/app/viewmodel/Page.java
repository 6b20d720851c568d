package io.salescast.app.viewmodel;

/** The workbench's pages, in navigation order. */
public enum Page {
    START("Start"),
    IMPORT("Import"),
    DATA("Data"),
    FEATURES("Features"),
    MODELS("Models"),
    TRAINING("Training"),
    RESULTS("Results");

    private final String label;

    Page(String label) {
        this.label = label;
    }

    /** Navigation label. */
    public String label() {
        return label;
    }
}
