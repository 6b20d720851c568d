package io.salescast.neural;

/** The recurrent core of a neural forecaster. */
public enum Architecture {
    /** Long short-term memory layers ({@link FusedLstmLayer}, libnd4j's fused {@code lstmLayer} op). */
    LSTM("lstm"),
    /** Gated recurrent unit layers ({@link GruLayer}, libnd4j's fused GRU op). */
    GRU("gru"),
    /** An LSTM encoder followed by multi-head self-attention over the whole window. */
    ATTENTION("lstm_attention");

    private final String defaultAlias;

    Architecture(String defaultAlias) {
        this.defaultAlias = defaultAlias;
    }

    /** Column-safe alias used when the spec names none. */
    public String defaultAlias() {
        return defaultAlias;
    }
}
