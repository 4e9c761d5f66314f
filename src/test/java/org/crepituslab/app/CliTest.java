package org.crepituslab.app;

import static org.crepituslab.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.crepituslab.testing.CliRun.Result;
import org.crepituslab.testing.FxTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxTest.startToolkit();
    }

    @Test
    void helpListsCommandsAndExitsZero() {
        Result r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("snapshot"));
        assertTrue(r.out().contains("simulate"));
    }

    @Test
    void versionPrintsTheProjectVersion() {
        Result r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().matches("crepitus-lab \\d+\\.\\d+\\.\\d+.*\\s*"), r.out());
    }

    @Test
    void unknownCommandPrintsUsageAndExitsTwo() {
        Result r = run("frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown command \"frobnicate\""));
        assertTrue(r.err().contains("Usage"));
    }

    @Test
    void unknownFlagIsNamed() {
        Result r = run("snapshot", "--screen=learn", "--out=x.png", "--colour=red");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--colour"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace for user error");
    }

    @Test
    void badValuesNameTheFlag() {
        assertEquals(2, run("snapshot", "--screen=nowhere", "--out=x.png").code());
        Result r = run("snapshot", "--screen=learn", "--out=x.png", "--width=abc");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--width"), r.err());
        r = run("snapshot", "--screen=learn", "--out=x.png", "--font-scale=3");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--font-scale"), r.err());
        r = run("snapshot", "--screen=learn");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--out"), r.err());
    }

    @Test
    void snapshotWritesAReadableNonBlankPng() throws Exception {
        Path png = dir.resolve("learn.png");
        Result r = run("snapshot", "--screen=learn", "--out=" + png, "--width=800", "--height=600");
        assertEquals(0, r.code(), r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(800, img.getWidth());
        assertEquals(600, img.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "a rendered page has many colours, got " + colours.size());
    }
}
