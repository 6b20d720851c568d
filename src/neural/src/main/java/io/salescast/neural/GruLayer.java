package io.salescast.neural;

import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.samediff.SDLayerParams;
import org.deeplearning4j.nn.conf.layers.samediff.SameDiffLayer;
import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;

/**
 * A gated recurrent unit layer for {@code MultiLayerNetwork}. Deeplearning4j 1.0.0-M2.1 has no GRU
 * in its layer API, so this layer wraps libnd4j's fused {@code gru} op (forward and backward are
 * native) in a {@link SameDiffLayer}: it trains, saves and loads like any built-in layer.
 *
 * <p>Input and output use DL4J's recurrent layout {@code [minibatch, size, time]}; the op wants
 * {@code [time, minibatch, size]}, so the layer permutes on the way in and out. The initial state
 * is zero. Weights: {@code Wx [nIn, 3 nOut]}, {@code Wh [nOut, 3 nOut]}, bias {@code [3 nOut]},
 * Xavier-initialised; the update-gate bias starts at zero.
 *
 * <p>Fields are mutable bean properties only because DL4J's JSON configuration needs a no-argument
 * constructor and setters to restore a saved network.
 */
public final class GruLayer extends SameDiffLayer {

    private static final long serialVersionUID = 1L;
    private static final String WX = "Wx";
    private static final String WH = "Wh";
    private static final String B = "b";

    private long nIn;
    private long nOut;

    /** For JSON deserialisation. */
    public GruLayer() {
    }

    /**
     * @param nIn  input size per time step
     * @param nOut hidden size
     */
    public GruLayer(long nIn, long nOut) {
        this.nIn = nIn;
        this.nOut = nOut;
    }

    @Override
    public SDVariable defineLayer(SameDiff sd, SDVariable layerInput, Map<String, SDVariable> params, SDVariable mask) {
        SDVariable x = layerInput.permute(2, 0, 1);                     // [T, mb, nIn]
        SDVariable x0 = x.get(SDIndex.point(0));                        // [mb, nIn]
        SDVariable zeroProj = sd.constant(Nd4j.zeros(layerInput.dataType(), nIn, nOut));
        SDVariable h0 = sd.mmul(x0, zeroProj);                         // zeros [mb, nOut]
        SDVariable h = sd.rnn().gru(x, h0, params.get(WX), params.get(WH), params.get(B)); // [T, mb, nOut]
        return h.permute(1, 2, 0);                                      // [mb, nOut, T]
    }

    @Override
    public void defineParameters(SDLayerParams params) {
        params.clear();
        params.addWeightParam(WX, nIn, 3 * nOut);
        params.addWeightParam(WH, nOut, 3 * nOut);
        params.addBiasParam(B, 3 * nOut);
    }

    @Override
    public void initializeParameters(Map<String, INDArray> params) {
        try (var ws = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            initXavier(params.get(WX), nIn, 3 * nOut);
            initXavier(params.get(WH), nOut, 3 * nOut);
            params.get(B).assign(0);
        }
    }

    private static void initXavier(INDArray target, long fanIn, long fanOut) {
        // Nd4j's generator is seeded from the network configuration's seed before initialisation
        double std = Math.sqrt(2.0 / (fanIn + fanOut));
        target.assign(Nd4j.randn(target.dataType(), target.shape()).muli(std));
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType inputType) {
        long t = inputType instanceof InputType.InputTypeRecurrent r ? r.getTimeSeriesLength() : -1;
        return InputType.recurrent(nOut, t);
    }

    @Override
    public void setNIn(InputType inputType, boolean override) {
        if (nIn <= 0 || override) {
            nIn = ((InputType.InputTypeRecurrent) inputType).getSize();
        }
    }

    @Override
    public InputPreProcessor getPreProcessorForInputType(InputType inputType) {
        return null;
    }

    /** Input size per time step. */
    public long getNIn() {
        return nIn;
    }

    /** Sets the input size (JSON). */
    public void setNIn(long nIn) {
        this.nIn = nIn;
    }

    /** Hidden size. */
    public long getNOut() {
        return nOut;
    }

    /** Sets the hidden size (JSON). */
    public void setNOut(long nOut) {
        this.nOut = nOut;
    }
}
