package io.salescast.sample;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads and writes {@link SampleTruth} as indented JSON with ISO dates and LF line ends on every
 * platform (so the file is byte-identical wherever it is generated).
 */
public final class TruthJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private TruthJson() {
    }

    /** Writes the truth to {@code target}. */
    public static void write(SampleTruth truth, Path target) throws IOException {
        WRITER.writeValue(target.toFile(), truth);
    }

    /** Reads a truth file written by {@link #write}. */
    public static SampleTruth read(Path source) throws IOException {
        return MAPPER.readValue(source.toFile(), SampleTruth.class);
    }
}
