package io.salescast.neural;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.salescast.core.Location;
import io.salescast.core.SalescastException;
import io.salescast.forecast.TrainingCurve;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Saves trained networks beside a project: {@code <alias>.zip} (DL4J's ModelSerializer, weights and
 * configuration, no optimiser state) and {@code <alias>.json} (format version, the spec it was
 * trained with, the input encoding, the loss curve and provenance). Loading checks the settings:
 * a network trained with other settings is refused with a message saying what differs.
 */
public final class NeuralModelStore {

    /** Version of the JSON sidecar; bumped when its meaning changes. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The JSON sidecar. */
    record Sidecar(int formatVersion, NeuralSpec spec, InputEncoding encoding, TrainingCurve curve, TrainingInfo info) {
    }

    private final Path directory;

    /** A store writing into {@code directory} (created when needed). */
    public NeuralModelStore(Path directory) {
        this.directory = directory;
    }

    /** The network file of an alias. */
    public Path networkFile(String alias) {
        return directory.resolve(alias + ".zip");
    }

    /** The settings file of an alias. */
    public Path settingsFile(String alias) {
        return directory.resolve(alias + ".json");
    }

    /** Whether a network with this alias was saved. */
    public boolean exists(String alias) {
        return Files.isRegularFile(networkFile(alias)) && Files.isRegularFile(settingsFile(alias));
    }

    /** Saves (replacing an older save of the same alias; each file is written atomically). */
    public void save(TrainedNetwork trained) {
        String alias = trained.spec().alias();
        try {
            Files.createDirectories(directory);
            Path zipTmp = Files.createTempFile(directory, alias, ".zip.tmp");
            ModelSerializer.writeModel(trained.network(), zipTmp.toFile(), false);
            Path jsonTmp = Files.createTempFile(directory, alias, ".json.tmp");
            JSON.writeValue(jsonTmp.toFile(), new Sidecar(FORMAT_VERSION, trained.spec(), trained.encoding(), trained.curve(),
                    trained.info()));
            move(zipTmp, networkFile(alias));
            move(jsonTmp, settingsFile(alias));
        } catch (IOException e) {
            throw new SalescastException("Could not save the network '" + alias + "': " + e.getMessage(),
                    "Check that the project folder is writable and the disk not full.", Location.ofFile(directory.toString()), e);
        }
    }

    /**
     * Loads the network saved under {@code expected.alias()} and checks it was trained with
     * {@code expected}'s settings.
     *
     * @throws SalescastException when absent, unreadable, of another format, or trained with other settings
     */
    public TrainedNetwork load(NeuralSpec expected) {
        String alias = expected.alias();
        Path json = settingsFile(alias);
        Path zip = networkFile(alias);
        if (!exists(alias)) {
            throw new SalescastException("No saved network '" + alias + "' in " + directory + ".",
                    "Train the model first.", Location.ofFile(zip.getFileName().toString()), null);
        }
        Sidecar side;
        try {
            side = JSON.readValue(json.toFile(), Sidecar.class);
        } catch (IOException e) {
            throw new SalescastException("The settings of the saved network '" + alias + "' cannot be read: " + e.getMessage(),
                    "Retrain the model; the file may be damaged.", Location.ofFile(json.getFileName().toString()), e);
        }
        if (side.formatVersion() != FORMAT_VERSION) {
            throw new SalescastException("The saved network '" + alias + "' has format " + side.formatVersion()
                    + "; this version of Salescast reads format " + FORMAT_VERSION + ".", "Retrain the model.",
                    Location.ofFile(json.getFileName().toString()), null);
        }
        List<String> diffs = side.spec().differencesFrom(expected);
        if (!diffs.isEmpty()) {
            throw new SalescastException("The saved network '" + alias + "' was trained with other settings: "
                    + String.join("; ", diffs) + ".", "Retrain the model with the current settings, or restore the settings it was trained with.",
                    Location.ofFile(json.getFileName().toString()), null);
        }
        MultiLayerNetwork net;
        try {
            net = ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), false);
        } catch (IOException | RuntimeException e) {
            throw new SalescastException("The saved network '" + alias + "' cannot be read: " + e.getMessage(),
                    "Retrain the model; the file may be damaged.", Location.ofFile(zip.getFileName().toString()), e);
        }
        if (side.info() == null || net.numParams() != side.info().parameters()) {
            throw new SalescastException("The saved network '" + alias + "' does not match its settings file.",
                    "Retrain the model; the files may come from different runs.", Location.ofFile(zip.getFileName().toString()), null);
        }
        return new TrainedNetwork(side.spec().withTraining(expected.training()), side.encoding(), net, side.curve(), side.info());
    }

    private static void move(Path from, Path to) throws IOException {
        io.salescast.core.AtomicFiles.moveOver(from, to);
    }
}
