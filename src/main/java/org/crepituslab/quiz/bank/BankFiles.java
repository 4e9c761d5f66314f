package org.crepituslab.quiz.bank;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import org.crepituslab.quiz.model.QuizConstants;

/**
 * Reading bank and GIFT files safely: refuse files over the size limit before reading them,
 * report progress while reading, and decode strict UTF-8 naming the line of the first bad byte.
 */
public final class BankFiles {
    private static final int CHUNK = 64 * 1024;

    private BankFiles() {
    }

    /** The file's bytes, reporting the fraction read; fails with a located problem for any user error. */
    public static byte[] read(Path file, DoubleConsumer progress) throws BankFormatException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new BankFormatException(new BankProblem(name, 0, 0, "", "is a folder; expected a file"));
        }
        // a pipe or a device would block or never end: refuse it before opening it
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new BankFormatException(new BankProblem(name, 0, 0, "", "is not a regular file (a pipe, socket"
                    + " or device); expected a file"));
        }
        try {
            long size = Files.size(file);
            checkSize(name, size);
            try (InputStream in = Files.newInputStream(file)) {
                return readCapped(in, name, size, progress);
            }
        } catch (NoSuchFileException e) {
            throw new BankFormatException(new BankProblem(name, 0, 0, "", "file not found"));
        } catch (IOException e) {
            throw new BankFormatException(new BankProblem(name, 0, 0, "", "cannot be read: " + e.getMessage()));
        }
    }

    /** Reads a stream (a resource) with the same limit. */
    public static byte[] read(InputStream in, String name) throws BankFormatException {
        try (in) {
            return readCapped(in, name, -1, p -> { });
        } catch (IOException e) {
            throw new BankFormatException(new BankProblem(name, 0, 0, "", "cannot be read: " + e.getMessage()));
        }
    }

    private static void checkSize(String name, long size) throws BankFormatException {
        if (size > QuizConstants.MAX_FILE_BYTES) {
            throw new BankFormatException(new BankProblem(name, 0, 0, "", String.format(Locale.ROOT,
                    "file is %.1f MB; files over %d MB are refused", size / 1048576.0,
                    QuizConstants.MAX_FILE_BYTES / 1048576)));
        }
    }

    /** Stops reading past the limit even if the file grows while being read. */
    private static byte[] readCapped(InputStream in, String name, long expected, DoubleConsumer progress)
            throws IOException, BankFormatException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(expected > 0 ? (int) expected : CHUNK);
        byte[] buf = new byte[CHUNK];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            checkSize(name, total);
            out.write(buf, 0, n);
            if (expected > 0) {
                progress.accept(Math.min(1, total / (double) expected));
            }
        }
        progress.accept(1);
        return out.toByteArray();
    }

    /** A UTF-16 byte-order mark, or the zero bytes UTF-16 puts beside every ASCII character. */
    static boolean utf16(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)) {
            return true;
        }
        return b.length >= 4 && (b[0] == 0 && b[1] != 0 && b[2] == 0 || b[0] != 0 && b[1] == 0 && b[3] == 0);
    }

    /** Strict UTF-8 (a leading byte-order mark is allowed and dropped). */
    public static String decodeUtf8(byte[] bytes, String name) throws BankFormatException {
        if (utf16(bytes)) {
            throw new BankFormatException(new BankProblem(name, 1, 1, "", "the file is UTF-16 text; save it as UTF-8"
                    + " (in most editors: Save as, encoding UTF-8)"));
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new BankFormatException(new BankProblem(name, line, offset - lineStart + 1, "",
                    String.format(Locale.ROOT, "not valid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8",
                            bytes[offset] & 0xff, offset)));
        }
        out.flip();
        return out.toString();
    }
}
