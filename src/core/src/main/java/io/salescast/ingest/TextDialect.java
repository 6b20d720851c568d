package io.salescast.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How a text table is written: its encoding (from a byte-order mark, UTF-16 zero-byte patterns,
 * UTF-8 validity, or a guess between GB18030 and windows-1252 from how non-ASCII bytes pair up),
 * the bytes of BOM to skip, and the field delimiter (the candidate that splits the first lines
 * into the same, largest number of fields).
 *
 * @param charset   encoding
 * @param bomLength bytes of byte-order mark at the start
 * @param guessed   whether the encoding is a guess (legacy 8-bit or double-byte encoding)
 * @param delimiter field separator
 * @param quote     quote character
 */
record TextDialect(Charset charset, int bomLength, boolean guessed, char delimiter, char quote) {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    /** Result of looking at the first bytes. */
    record Encoding(Charset charset, int bomLength, boolean guessed) {
    }

    /**
     * Detects the encoding of a text file from its first bytes.
     *
     * @return the encoding, or null when the bytes are not text (binary content)
     */
    static Encoding detectEncoding(byte[] head, int n, String requested) {
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, 3, false);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, 2, false);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, 2, false);
        }
        if (requested != null) {
            return new Encoding(Charset.forName(requested), 0, false);
        }
        int evenZeros = 0;
        int oddZeros = 0;
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        if (n >= 4 && oddZeros > n / 4 && evenZeros < n / 50) {
            return new Encoding(StandardCharsets.UTF_16LE, 0, false);
        }
        if (n >= 4 && evenZeros > n / 4 && oddZeros < n / 50) {
            return new Encoding(StandardCharsets.UTF_16BE, 0, false);
        }
        if (evenZeros + oddZeros > 0 || controls > Math.max(2, n / 100)) {
            return null;
        }
        if (decodes(StandardCharsets.UTF_8, head, n)) {
            return new Encoding(StandardCharsets.UTF_8, 0, false);
        }
        Charset gb = Charset.forName("GB18030");
        if (pairedHighBytes(head, n) && decodes(gb, head, n)) {
            return new Encoding(gb, 0, true);
        }
        return new Encoding(Charset.forName("windows-1252"), 0, true);
    }

    /** Whether the bytes decode without error (a character cut at the end is fine). */
    private static boolean decodes(Charset cs, byte[] head, int n) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int end = n;
        // do not judge a multi-byte character cut by the sample's end
        while (end > 0 && n - end < 4 && (head[end - 1] & 0x80) != 0) {
            end--;
        }
        try {
            dec.decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Whether non-ASCII bytes mostly come in pairs, as in Chinese double-byte text. */
    private static boolean pairedHighBytes(byte[] head, int n) {
        int high = 0;
        int paired = 0;
        for (int i = 0; i < n; i++) {
            if ((head[i] & 0x80) != 0) {
                high++;
                if (i + 1 < n && (head[i + 1] & 0xFF) >= 0x40 && (head[i + 1] & 0xFF) != 0x7F
                        && ((head[i + 1] & 0x80) != 0)) {
                    paired += 2;
                    i++;
                    high++;
                }
            }
        }
        return high > 0 && paired >= 0.8 * high;
    }

    /** Detects the delimiter from the first lines of text (quotes respected). */
    static char detectDelimiter(CharSequence text, char quote, boolean tsvName) {
        if (tsvName) {
            return '\t';
        }
        char best = ',';
        double bestScore = 0;
        for (char d : DELIMITERS) {
            double s = score(text, d, quote);
            if (s > bestScore) {
                bestScore = s;
                best = d;
            }
        }
        return best;
    }

    /** Consistency score: share of lines with the most common non-zero count, times log(count+1). */
    private static double score(CharSequence text, char d, char quote) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        int lines = 0;
        int count = 0;
        boolean inQuotes = false;
        boolean any = false;
        for (int i = 0; i < text.length() && lines < 50; i++) {
            char c = text.charAt(i);
            if (c == quote) {
                inQuotes = !inQuotes;
            } else if (!inQuotes && c == d) {
                count++;
            } else if (!inQuotes && c == '\n') {
                if (any) {
                    counts.merge(count, 1, Integer::sum);
                    lines++;
                }
                count = 0;
                any = false;
                continue;
            }
            if (c != '\r') {
                any = true;
            }
        }
        if (any && lines < 50) {
            counts.merge(count, 1, Integer::sum);
            lines++;
        }
        int modeCount = 0;
        int mode = 0;
        for (var e : counts.entrySet()) {
            if (e.getKey() > 0 && (e.getValue() > modeCount || (e.getValue() == modeCount && e.getKey() > mode))) {
                modeCount = e.getValue();
                mode = e.getKey();
            }
        }
        if (mode == 0 || lines == 0) {
            return 0;
        }
        return (double) modeCount / lines * Math.log(mode + 1.0);
    }

    /** Decodes a sample for delimiter detection. */
    static CharSequence sample(byte[] head, int n, Encoding enc) {
        CharsetDecoder dec = enc.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer out = CharBuffer.allocate(n + 16);
        dec.decode(ByteBuffer.wrap(head, enc.bomLength(), Math.max(0, n - enc.bomLength())), out, false);
        out.flip();
        return out;
    }
}
