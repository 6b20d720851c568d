package io.salescast.cli;

import io.salescast.sample.SampleOptions;
import io.salescast.sample.SampleWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateSampleCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheTinySampleAndSaysWhere() {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = SalescastCli.execute("generate-sample", "--preset", "tiny", "--order-lines", "--quiet",
                    "--out", dir.toString());
        } finally {
            System.setOut(saved);
        }
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(dir.resolve(SampleWriter.DAILY)).isRegularFile();
        assertThat(dir.resolve(SampleWriter.WEEKLY)).isRegularFile();
        assertThat(dir.resolve(SampleWriter.ORDER_LINES)).isRegularFile();
        assertThat(dir.resolve(SampleWriter.TRUTH)).isRegularFile();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Generated 20 products, 2025-01-01 to 2025-12-31, seed 42")
                .contains(SampleWriter.DAILY).contains(SampleWriter.ORDER_LINES).contains(dir.toAbsolutePath().toString());
    }

    @Test
    void optionsOverrideThePreset() {
        GenerateSampleCommand cmd = new GenerateSampleCommand();
        new CommandLine(cmd).parseArgs("--preset", "benchmark", "--products", "300", "--seed", "9", "--years", "2",
                "--start", "2022-01-01", "--order-lines");
        SampleOptions o = cmd.options();
        assertThat(o).isEqualTo(new SampleOptions(9, 300, LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31), true));
    }

    @Test
    void defaultsReproduceTheBundledSample() {
        GenerateSampleCommand cmd = new GenerateSampleCommand();
        new CommandLine(cmd).parseArgs();
        assertThat(cmd.options()).isEqualTo(SampleOptions.sample());
    }

    @Test
    void badNumbersAreUserErrors() throws Exception {
        assertThat(SalescastCli.execute("generate-sample", "--products", "0", "--out", dir.toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        try (var listing = Files.list(dir)) {
            assertThat(listing).isEmpty();
        }
        assertThat(SalescastCli.execute("generate-sample", "--years", "x")).isEqualTo(ExitCodes.USAGE);
    }
}
