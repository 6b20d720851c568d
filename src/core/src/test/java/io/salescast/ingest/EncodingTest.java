package io.salescast.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Text encodings and compression of CSV files, each written here from one Unicode text. */
class EncodingTest {

    private static final String TEXT = "datum;artikel;menge;preis\n01.03.2024;Müsli Crème;3;2,50\n02.03.2024;Käse;1;1.299,00\n";
    private static final String CHINESE = "日期,商品,数量\n2024-03-01,苹果汁,3\n2024-03-02,面包,5\n2024-03-03,牛奶,2\n";

    @TempDir
    Path dir;

    private ImportResult read(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return Importer.read(f, ReadOptions.defaults());
    }

    private static void assertGerman(ImportResult r) {
        assertThat(r.table().columnNames()).containsExactly("datum", "artikel", "menge", "preis");
        assertThat(r.table().column("artikel").orElseThrow().text(0)).isEqualTo("Müsli Crème");
        assertThat(r.table().column("preis").orElseThrow().number(1)).isEqualTo(1299.0);
        assertThat(r.table().column("datum").orElseThrow().type()).isEqualTo(ColumnType.DATE);
    }

    @Test
    void utf16WithAndWithoutByteOrderMark() throws IOException {
        ImportResult le = read("le.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(le.source().encoding()).isEqualTo("UTF-16LE");
        assertGerman(le);
        ImportResult be = read("be.csv", TEXT.getBytes(StandardCharsets.UTF_16BE));
        assertThat(be.source().encoding()).isEqualTo("UTF-16BE");
        assertGerman(be);
    }

    @Test
    void legacyWesternEncodingIsGuessedAndReported() throws IOException {
        ImportResult r = read("cp1252.csv", TEXT.getBytes(Charset.forName("windows-1252")));
        assertThat(r.source().encoding()).isEqualTo("windows-1252");
        assertGerman(r);
        assertThat(r.report().problems(ProblemKind.FORMAT_GUESSED)).isNotEmpty();
    }

    @Test
    void chineseLegacyEncoding() throws IOException {
        ImportResult r = read("gbk.csv", CHINESE.getBytes(Charset.forName("GBK")));
        assertThat(r.source().encoding()).isEqualTo("GB18030");
        assertThat(r.table().columnNames()).containsExactly("日期", "商品", "数量");
        assertThat(r.table().column("商品").orElseThrow().text(1)).isEqualTo("面包");
        ImportResult utf8 = read("utf8.csv", CHINESE.getBytes(StandardCharsets.UTF_8));
        assertThat(utf8.source().encoding()).isEqualTo("UTF-8");
        assertThat(utf8.report().problems(ProblemKind.FORMAT_GUESSED)).isEmpty();
    }

    @Test
    void undecodableBytesAreReported() throws IOException {
        byte[] good = "sku,units\nAlpha,1\n".getBytes(StandardCharsets.UTF_8);
        byte[] tail = new byte[70_000];
        java.util.Arrays.fill(tail, (byte) 'x');
        tail[0] = 'B';
        tail[tail.length - 4] = (byte) 0xE9; // a lone Latin-1 byte far beyond the detection sample
        tail[tail.length - 3] = ',';
        tail[tail.length - 2] = '2';
        tail[tail.length - 1] = '\n';
        ImportResult r = read("late.csv", concat(good, concat("Beta,3\n".getBytes(StandardCharsets.UTF_8), tail)));
        assertThat(r.source().encoding()).isEqualTo("UTF-8");
        assertThat(r.report().problems(ProblemKind.FORMAT_GUESSED)).singleElement()
                .satisfies(p -> assertThat(p.rows()).containsExactly(4L));
    }

    @Test
    void encodingOverride() throws IOException {
        Path f = dir.resolve("x.csv");
        Files.write(f, TEXT.getBytes(StandardCharsets.ISO_8859_1));
        ImportResult r = Importer.read(f, ReadOptions.defaults().withEncoding("ISO-8859-1"));
        assertThat(r.report().problems(ProblemKind.FORMAT_GUESSED)).isEmpty();
        assertGerman(r);
    }

    @Test
    void gzipIsReadTransparently() throws IOException {
        Path f = dir.resolve("lines.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write(TEXT.getBytes(StandardCharsets.UTF_8));
        }
        ImportResult r = Importer.read(f, ReadOptions.defaults());
        assertThat(r.source().gzip()).isTrue();
        assertGerman(r);
    }

    @Test
    void overridesOfDelimiterDecimalAndTypes() throws IOException {
        Path f = dir.resolve("o.txt");
        Files.writeString(f, "a|b|c\n1,5|00123|x\n2,5|00456|y\n");
        ImportResult auto = Importer.read(f, ReadOptions.defaults());
        assertThat(auto.source().delimiter()).isEqualTo('|');
        assertThat(auto.table().column("b").orElseThrow().type().isText()).isTrue();
        assertThat(auto.table().column("b").orElseThrow().text(0)).isEqualTo("00123");
        ImportResult forced = Importer.read(f, ReadOptions.defaults().withDecimalSeparator(',').withType("b", ColumnType.INTEGER)
                .withType("c", ColumnType.INTEGER));
        assertThat(forced.table().column("a").orElseThrow().number(0)).isEqualTo(1.5);
        assertThat(forced.table().column("b").orElseThrow().number(1)).isEqualTo(456);
        assertThat(forced.report().count(ProblemKind.BAD_NUMBER)).isEqualTo(2);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
