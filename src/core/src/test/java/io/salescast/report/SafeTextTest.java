package io.salescast.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeTextTest {

    @Test
    void flagsEveryFormulaLeadCharacter() {
        for (String s : new String[] {"=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "＝1"}) {
            assertThat(SafeText.isDangerous(s)).as(s).isTrue();
        }
        for (String s : new String[] {"Product 1", "1=1", "", "a-b", "'quoted"}) {
            assertThat(SafeText.isDangerous(s)).as(s).isFalse();
        }
        assertThat(SafeText.isDangerous(null)).isFalse();
    }

    @Test
    void csvPrefixesASingleQuoteOnlyWhenNeeded() {
        assertThat(SafeText.forCsv("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(SafeText.forCsv("P0001")).isEqualTo("P0001");
        assertThat(SafeText.forCsv(null)).isEmpty();
    }
}
