package org.crepituslab.grinding;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.crepituslab.grinding.sound.Spectrum;
import static org.crepituslab.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crepituslab.testing.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate grinding}: the flags and CSV headers of issue 5 as an exact contract. */
class GrindingCliTest {
    @TempDir
    Path dir;

    @Test
    void writesFrictionAndEventsWithTheContractHeaders() throws Exception {
        Path out = dir.resolve("mu.csv");
        Path events = dir.resolve("events.csv");
        Result r = run("simulate", "grinding", "--wear=1", "--spurs=2", "--duration=2.2", "--seed=3",
                "--out=" + out, "--events=" + events);
        assertEquals(0, r.code(), r.err());
        List<String> mu = Files.readAllLines(out);
        assertTrue(mu.get(0).startsWith("t_s,friction_coefficient,"), mu.get(0));
        assertEquals(221, mu.size(), "header + 220 rows at 10 ms");
        assertEquals(0.01, Double.parseDouble(mu.get(1).split(",")[0]), 1e-12, "first row at 10 ms: " + mu.get(1));
        double mean = mu.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[1])).average().orElseThrow();
        assertTrue(mean >= 0.2, "worn mean μ " + mean);
        List<String> ev = Files.readAllLines(events);
        assertEquals("t_s,event,energy_j", ev.get(0));
        Set<String> kinds = ev.stream().skip(1).map(l -> l.split(",")[1]).collect(Collectors.toSet());
        assertEquals(Set.of("slip", "catch"), kinds);
        double previous = 0;
        for (String line : ev.subList(1, ev.size())) {
            String[] f = line.split(",");
            assertEquals(3, f.length, line);
            double t = Double.parseDouble(f[0]);
            assertTrue(t >= previous && t <= 2.2, "times ordered within the run: " + line);
            assertTrue(Double.parseDouble(f[2]) > 0, line);
            previous = t;
        }
        assertTrue(r.out().contains("slips"), r.out());
    }

    @Test
    void sameSeedSameFilesAndHealthyHasNoEvents() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        assertEquals(0, run("simulate", "grinding", "--wear=0.7", "--duration=1", "--seed=8", "--events=" + a,
                "--out=" + dir.resolve("x.csv")).code());
        assertEquals(0, run("simulate", "grinding", "--wear=0.7", "--duration=1", "--seed=8", "--events=" + b,
                "--out=" + dir.resolve("y.csv")).code());
        assertEquals(Files.readAllLines(a), Files.readAllLines(b));
        Path healthy = dir.resolve("h.csv");
        assertEquals(0, run("simulate", "grinding", "--wear=0", "--spurs=0", "--duration=3", "--events=" + healthy,
                "--out=" + dir.resolve("z.csv")).code());
        assertTrue(Files.readAllLines(healthy).size() <= 3, "header and almost no slips");
    }

    @Test
    void wavIsTheHeardSoundAtAnAbsoluteScale() throws Exception {
        Path healthy = dir.resolve("healthy.wav");
        Path worn = dir.resolve("worn.wav");
        Result h = run("simulate", "grinding", "--wear=0.1", "--duration=4", "--wav=" + healthy, "--out=" + dir.resolve("h.csv"));
        Result w = run("simulate", "grinding", "--wear=0.9", "--duration=4", "--wav=" + worn, "--out=" + dir.resolve("w.csv"));
        assertEquals(0, h.code(), h.err());
        assertEquals(0, w.code(), w.err());
        assertTrue(w.out().contains("full scale = 40 N"), w.out());
        float[] quiet = readWav(healthy);
        float[] loud = readWav(worn);
        assertEquals(4 * 44_100, loud.length);
        double healthyRms = rms(quiet);
        double wornRms = rms(loud);
        assertTrue(healthyRms > 0, "a healthy joint is not silent");
        assertTrue(20 * Math.log10(wornRms / healthyRms) >= 20, "worn " + wornRms + " vs healthy " + healthyRms);
        Spectrum sp = Spectrum.of(loud, 44_100, true);
        assertTrue(sp.fractionBelow(450) - sp.fractionBelow(50) >= 0.5, "band share");
        Result tooLong = run("simulate", "grinding", "--duration=900", "--wav=" + dir.resolve("long.wav"));
        assertEquals(2, tooLong.code());
        assertTrue(tooLong.err().contains("--wav"), tooLong.err());
    }

    private static float[] readWav(Path file) throws Exception {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            AudioFormat f = in.getFormat();
            assertEquals(44_100, f.getSampleRate(), 0);
            assertEquals(16, f.getSampleSizeInBits());
            assertEquals(1, f.getChannels());
            byte[] bytes = in.readAllBytes();
            float[] out = new float[bytes.length / 2];
            for (int i = 0; i < out.length; i++) {
                out[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8)) / 32767f;
            }
            return out;
        }
    }

    private static double rms(float[] s) {
        double sum = 0;
        for (float v : s) {
            sum += v * v;
        }
        return Math.sqrt(sum / s.length);
    }

    @Test
    void withoutOutTheFrictionCsvGoesToStandardOutput() {
        Result r = run("simulate", "grinding", "--duration=0.05", "--sample=0.01");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("t_s,friction_coefficient,"));
        assertEquals(6, lines.length);
    }

    @Test
    void badFlagsAndValuesAreNamedWithExitCodeTwo() {
        for (String[] args : List.of(
                new String[]{"--wear=1.5"}, new String[]{"--wear=abc"}, new String[]{"--spurs=-1"},
                new String[]{"--spurs=2.5"}, new String[]{"--duration=0"}, new String[]{"--seed=-4"},
                new String[]{"--spur-size=9"}, new String[]{"--sample=0"}, new String[]{"--colour=red"},
                new String[]{"--out=" + dir.resolve("missing/dir/x.csv")})) {
            String[] full = new String[args.length + 2];
            full[0] = "simulate";
            full[1] = "grinding";
            System.arraycopy(args, 0, full, 2, args.length);
            Result r = run(full);
            String flag = args[0].substring(0, args[0].indexOf('='));
            assertEquals(2, r.code(), String.join(" ", full));
            assertTrue(r.err().contains(flag), flag + " named in: " + r.err());
            assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
        }
    }

    @Test
    void helpListsEveryFlag() {
        Result r = run("simulate", "grinding", "--help");
        assertEquals(0, r.code());
        for (String flag : List.of("--wear", "--spurs", "--duration", "--seed", "--out", "--events", "t_s,event,energy_j")) {
            assertTrue(r.out().contains(flag), flag);
        }
        assertTrue(run("simulate", "--help").out().contains("grinding"));
    }
}
