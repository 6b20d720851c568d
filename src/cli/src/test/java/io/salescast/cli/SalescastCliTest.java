package io.salescast.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SalescastCliTest {

    @Test
    void helpExitsWithZero() {
        assertThat(SalescastCli.execute("--help")).isEqualTo(ExitCodes.OK);
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(SalescastCli.execute("--no-such-option")).isEqualTo(ExitCodes.USAGE);
    }
}
