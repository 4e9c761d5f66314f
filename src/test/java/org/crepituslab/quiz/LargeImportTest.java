package org.crepituslab.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.crepituslab.app.cli.Cli;
import org.crepituslab.quiz.bank.BankLoader;
import org.crepituslab.quiz.model.QuizConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports of files up to the size limit run in a JVM limited to 512 MB of heap, and either write a
 * valid bank or refuse the input with a clear message (never a bank {@code quiz validate} refuses).
 */
class LargeImportTest {
    private static final long LIMIT = QuizConstants.MAX_FILE_BYTES - 64 * 1024;

    @TempDir
    Path dir;

    /** Runs the command in this process and prints the peak heap it reached, for the child JVM below. */
    public static void main(String[] args) {
        int code = Cli.run(args, System.out, System.err);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("peak-heap-mb=" + peak / 1048576);
        System.exit(code);
    }

    record Run(int code, String out) {
    }

    private Run child(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                LargeImportTest.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }

    private static Path fill(Path file, String head, String item, String tail) throws IOException {
        return fill(file, head, item, tail, LIMIT);
    }

    private static Path fill(Path file, String head, String item, String tail, long limit) throws IOException {
        StringBuilder sb = new StringBuilder(head);
        for (int i = 0; sb.length() + item.length() + tail.length() < limit; i++) {
            sb.append(item.replace("#N#", Integer.toString(i)));
        }
        Files.writeString(file, sb.append(tail));
        return file;
    }

    private void check(Run r, Path out, String what) {
        System.out.println(what + ": exit " + r.code() + ", " + r.out().lines().filter(l -> l.startsWith("peak-heap")
                || l.contains("refused") || l.startsWith("total")).toList());
        assertFalse(r.out().contains("OutOfMemoryError"), r.out());
        if (r.code() == 0) {
            assertTrue(BankLoader.load(out).ok(), "a written bank must be valid");
        } else {
            assertEquals(1, r.code(), r.out());
            assertTrue(r.out().contains("refused"), r.out());
            assertFalse(Files.exists(out), "nothing written when refused");
        }
    }

    @Test
    void giftFilesAtTheSizeLimitImportOrAreRefusedWithin512MbOfHeap() throws Exception {
        String essayish = "x".repeat(1500);
        Path big = fill(dir.resolve("big.gift"), "", "::q#N#::Question #N# " + essayish + "?{=right ~wrong#no ~other}\n\n", "");
        Path many = fill(dir.resolve("many.gift"), "", "Q#N# is true.{T}\n\n", "");
        String long2k = "z".repeat(2400);
        // under 5 000 questions but over 10 MB once written as JSON: refused for its size
        Path wide = fill(dir.resolve("wide.gift"), "", "::w#N#::Question #N# " + long2k + "?{=right ~wrong ~other}\n\n", "");
        // 7 MB: imported, and the bank written is valid
        Path fits = fill(dir.resolve("fits.gift"), "", "::f#N#::Question #N# " + long2k + "?{=right ~wrong ~other}\n\n", "",
                7L * 1024 * 1024);
        for (Path in : List.of(big, many, wide, fits)) {
            Path out = dir.resolve(in.getFileName() + ".json");
            check(child("quiz", "import-gift", in.toString(), "--out=" + out), out,
                    String.format(Locale.ROOT, "%s (%.1f MB)", in.getFileName(), Files.size(in) / 1048576.0));
        }
    }

    @Test
    void moodleXmlAtTheSizeLimitWithAPictureImportsWithin512MbOfHeap() throws Exception {
        ByteArrayOutputStream pngOut = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", pngOut);
        byte[] png = pngOut.toByteArray();
        String item = "<question type=\"truefalse\"><name><text>q#N#</text></name><questiontext format=\"html\"><text>"
                + "&lt;p&gt;Statement #N# " + "y".repeat(400) + "&lt;/p&gt;</text></questiontext>"
                + "<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer>"
                + "</question>\n";
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n<question type=\"description\"><name><text>pic</text>"
                + "</name><questiontext format=\"html\"><text>With a picture</text><file name=\"../../evil.png\" encoding=\"base64\">"
                + Base64.getEncoder().encodeToString(png) + "</file></questiontext></question>\n";
        Path in = fill(dir.resolve("big.xml"), head, item, "</quiz>\n");
        Path out = dir.resolve("big.json");
        Run r = child("quiz", "import-moodle-xml", in.toString(), "--out=" + out);
        check(r, out, String.format(Locale.ROOT, "big.xml (%.1f MB)", Files.size(in) / 1048576.0));
        if (r.code() == 0) {
            assertTrue(Files.exists(dir.resolve("big-pic.png")), r.out());
            assertFalse(Files.exists(dir.getParent().resolve("evil.png")));
        }
    }
}
