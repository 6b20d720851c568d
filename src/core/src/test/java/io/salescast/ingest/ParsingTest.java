package io.salescast.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParsingTest {

    @ParameterizedTest(name = "{0} with decimal {1}")
    @CsvSource(delimiter = '|', value = {
        "12.5|.|12.5", "1,234.56|.|1234.56", "1 234,56|,|1234.56", "1.234.567,8|,|1234567.8", "12,5|,|12.5",
        "-3|.|-3", "(12.00)|.|-12", "€ 13,00|,|13", "$1,299.99|.|1299.99", "15%|.|0.15", "12.5%|.|0.125",
        "1e3|.|1000", "0.1|.|0.1", "123456789012345678901|.|123456789012345678901", "1'234.5|.|1234.5"})
    void parsesNumbers(String text, char decimal, double expected) {
        NumberParser p = new NumberParser(decimal);
        assertThat(p.parse(text)).as(text).isTrue();
        assertThat(p.value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1,5|.", "1.5|,", "12.34.56|.", "abc|.", "-|.", "1,23|.", "NaN|.", "1..2|.", "2024-01-01|."})
    void rejectsNonNumbers(String text, char decimal) {
        assertThat(new NumberParser(decimal).parse(text)).as(text).isFalse();
    }

    @Test
    void fastPathIsExactLikeParseDouble() {
        NumberParser p = new NumberParser('.');
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int i = 0; i < 100_000; i++) {
            String s = r.nextInt(1_000_000) + "." + String.format("%04d", r.nextInt(10_000));
            assertThat(p.parse(s)).isTrue();
            assertThat(p.value()).as(s).isEqualTo(Double.parseDouble(s));
        }
    }

    @Test
    void detectsDecimalSeparator() {
        NumberFormatDetector d = new NumberFormatDetector();
        List.of("1.234,56", "12", "7,5").forEach(d::accept);
        assertThat(d.decimal('.')).isEqualTo(',');
        NumberFormatDetector e = new NumberFormatDetector();
        List.of("1,234.56", "12.5").forEach(e::accept);
        assertThat(e.decimal(',')).isEqualTo('.');
        NumberFormatDetector ambiguous = new NumberFormatDetector();
        List.of("1,234", "2,500").forEach(ambiguous::accept);
        assertThat(ambiguous.decimal('.')).isEqualTo('.');
        assertThat(ambiguous.guessed()).isTrue();
        NumberFormatDetector dates = new NumberFormatDetector();
        List.of("12.03.2024", "13.03.2024").forEach(dates::accept);
        assertThat(dates.guessed()).isFalse();
    }

    private static LocalDateTime parse(DateDetector.Detection d, String s) {
        long v = d.parser().parse(s);
        return v == DateShape.NO_DATE ? null : LocalDateTime.ofEpochSecond(v, 0, java.time.ZoneOffset.UTC);
    }

    @Test
    void detectsDayFirstAndMonthFirstFromValues() {
        DateDetector.Detection dmy = DateDetector.detect(List.of("01/02/2024", "13/02/2024"), null);
        assertThat(parse(dmy, "01/02/2024").toLocalDate()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(dmy.ambiguous()).isFalse();
        DateDetector.Detection mdy = DateDetector.detect(List.of("01/02/2024", "01/13/2024"), null);
        assertThat(parse(mdy, "01/02/2024").toLocalDate()).isEqualTo(LocalDate.of(2024, 1, 2));
    }

    @Test
    void tellsDayAndMonthApartBySmoothnessOrFlagsAmbiguity() {
        // consecutive days written month-first: month-first gives steps of one day, day-first of a month
        DateDetector.Detection seq = DateDetector.detect(List.of("03/01/2024", "03/02/2024", "03/03/2024", "03/04/2024"), null);
        assertThat(parse(seq, "03/02/2024").toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(seq.ambiguous()).isFalse();
        DateDetector.Detection one = DateDetector.detect(List.of("03/04/2024"), null);
        assertThat(one.ambiguous()).isTrue();
        assertThat(parse(one, "03/04/2024").toLocalDate()).isEqualTo(LocalDate.of(2024, 4, 3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-03-05|2024-03-05T00:00", "2024/03/05|2024-03-05T00:00", "05.03.2024|2024-03-05T00:00",
        "5 Mar 2024|2024-03-05T00:00", "05-Mar-24|2024-03-05T00:00", "March 5, 2024|2024-03-05T00:00",
        "Mar 2024|2024-03-01T00:00", "2024-03|2024-03-01T00:00", "2024-W10|2024-03-04T00:00",
        "2024-03-05 14:30|2024-03-05T14:30", "2024-03-05T14:30:15Z|2024-03-05T14:30:15", "2024-03-05 2:30 PM|2024-03-05T14:30",
        "Tuesday, March 5, 2024|2024-03-05T00:00"})
    void readsManyDateShapes(String text, String expected) {
        DateDetector.Detection d = DateDetector.detect(List.of(text), null);
        assertThat(d).as(text).isNotNull();
        assertThat(parse(d, text)).isEqualTo(LocalDateTime.parse(expected));
    }

    @Test
    void userDatePatternWins() {
        DateDetector.Detection d = DateDetector.detect(List.of("03/04/2024"), "MM/dd/yyyy");
        assertThat(parse(d, "03/04/2024").toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 4));
    }

    @Test
    void rejectsImpossibleDates() {
        NumericDateShape ymd = new NumericDateShape(DateShape.Order.YMD, '-');
        assertThat(ymd.parse("2023-02-29")).isEqualTo(DateShape.NO_DATE);
        assertThat(ymd.parse("2024-02-29")).isNotEqualTo(DateShape.NO_DATE);
        assertThat(ymd.parse("2024-13-01")).isEqualTo(DateShape.NO_DATE);
        assertThat(ymd.parse("2024-01-01 25:00")).isEqualTo(DateShape.NO_DATE);
        assertThat(NumericDateShape.epochDay(2024, 3, 5)).isEqualTo(LocalDate.of(2024, 3, 5).toEpochDay());
        assertThat(NumericDateShape.epochDay(1900, 1, 1)).isEqualTo(LocalDate.of(1900, 1, 1).toEpochDay());
    }
}
