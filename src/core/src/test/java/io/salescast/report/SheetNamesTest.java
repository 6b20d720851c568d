package io.salescast.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SheetNamesTest {

    @Test
    void replacesForbiddenCharactersAndTrims() {
        assertThat(SheetNames.sanitise("a[b]c:d*e?f/g\\h")).isEqualTo("a_b_c_d_e_f_g_h");
        assertThat(SheetNames.sanitise("'quoted'")).isEqualTo("quoted");
        assertThat(SheetNames.sanitise("   ")).isEqualTo("Sheet");
        assertThat(SheetNames.sanitise(null)).isEqualTo("Sheet");
        assertThat(SheetNames.sanitise("history")).isEqualTo("History_");
        assertThat(SheetNames.sanitise("x".repeat(40))).hasSize(31);
    }

    @Test
    void makesNamesUniqueIgnoringCaseWithinThe31CharacterLimit() {
        SheetNames names = new SheetNames();
        String longName = "Forecast wide (a very long model alias)";
        String a = names.unique(longName);
        String b = names.unique(longName);
        String c = names.unique(longName.toUpperCase(java.util.Locale.ROOT));
        assertThat(a).hasSize(31);
        assertThat(b).hasSizeLessThanOrEqualTo(31).endsWith(" (2)");
        assertThat(c).endsWith(" (3)");
        assertThat(names.unique("Summary")).isEqualTo("Summary");
        assertThat(names.unique("summary")).isEqualTo("summary (2)");
    }

    @Test
    void dateSerialsMatchPoi() {
        for (java.time.LocalDate d : new java.time.LocalDate[] {java.time.LocalDate.of(1900, 3, 1),
                java.time.LocalDate.of(2024, 2, 29), java.time.LocalDate.of(2099, 12, 31), java.time.LocalDate.of(1900, 1, 5)}) {
            assertThat(SheetCells.dateSerial(d)).as(d.toString()).isEqualTo(org.apache.poi.ss.usermodel.DateUtil.getExcelDate(d));
        }
    }
}
