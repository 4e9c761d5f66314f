package org.crepituslab.manipulation;

import static org.crepituslab.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crepituslab.testing.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate thrust} and {@code simulate self-adjust} through the real command line: CSV contracts, the printed line, errors. */
class ManipulationCliTest {
    private static final Pattern SUMMARY = Pattern.compile(
            "mean_pops=([0-9.]+) min=([0-9]+) max=([0-9]+) bilateral_share=([0-9.]+)");

    @TempDir
    Path dir;

    @Test
    void thrustWritesOneRowPerPopAndPrintsTheSummaryLine() throws Exception {
        Path events = dir.resolve("pops.csv");
        Result r = run("simulate", "thrust", "--trials=300", "--seed=5", "--events=" + events);
        assertEquals(0, r.code(), r.err());
        List<String> printed = r.out().lines().toList();
        assertEquals(1, printed.size(), r.out());
        Matcher m = SUMMARY.matcher(printed.get(0));
        assertTrue(m.matches(), printed.get(0));
        double mean = Double.parseDouble(m.group(1));
        assertTrue(mean >= 3 && mean <= 7, printed.get(0));
        assertTrue(Integer.parseInt(m.group(3)) <= 10);
        assertTrue(Double.parseDouble(m.group(4)) >= 0.7, printed.get(0));
        List<String> lines = Files.readAllLines(events);
        assertEquals("trial,t_s,level,side,event", lines.get(0));
        Set<Integer> trials = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            assertEquals(5, f.length, line);
            int trial = Integer.parseInt(f[0]);
            assertTrue(trial >= 1 && trial <= 300, line);
            trials.add(trial);
            double t = Double.parseDouble(f[1]);
            assertTrue(t > 0 && t <= 0.139 + 1e-9, line);
            assertTrue(f[2].matches("L[1-5]-(L[2-5]|S1)"), line);
            assertTrue(f[3].equals("left") || f[3].equals("right"), line);
            assertEquals("pop", f[4]);
        }
        assertEquals(Math.round(mean * 300), lines.size() - 1, 1.0);
        assertTrue(trials.size() > 250);
    }

    @Test
    void aSelfTwistWithARestrictedSegmentRarelyPopsIt() throws Exception {
        Path events = dir.resolve("twist.csv");
        Result r = run("simulate", "thrust", "--trials=200", "--technique=self-twist", "--restricted=L4-L5",
                "--events=" + events);
        assertEquals(0, r.code(), r.err());
        Set<String> restrictedTrials = new HashSet<>();
        Set<String> neighbourTrials = new HashSet<>();
        for (String line : Files.readAllLines(events).subList(1, Files.readAllLines(events).size())) {
            String[] f = line.split(",");
            if (f[2].equals("L4-L5")) {
                restrictedTrials.add(f[0]);
            } else if (f[2].equals("L3-L4")) {
                neighbourTrials.add(f[0]);
            }
        }
        assertTrue(restrictedTrials.size() <= 20, "restricted popped in " + restrictedTrials.size());
        assertTrue(neighbourTrials.size() > 100, "neighbour popped in " + neighbourTrials.size());
    }

    @Test
    void selfAdjustWritesOneRowPerWeekWithEachSegmentsLaxity() throws Exception {
        Path out = dir.resolve("weeks.csv");
        Result r = run("simulate", "self-adjust", "--weeks=12", "--per-day=1", "--restricted=L4-L5", "--seed=3",
                "--out=" + out);
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("week,pops_per_day,instability,laxity_L1-L2,laxity_L2-L3,laxity_L3-L4,laxity_L4-L5,laxity_L5-S1",
                lines.get(0));
        assertEquals(13, lines.size());
        String[] first = lines.get(1).split(",");
        String[] last = lines.get(12).split(",");
        assertEquals("1", first[0]);
        assertEquals("12", last[0]);
        assertTrue(Double.parseDouble(last[5]) > Double.parseDouble(first[5]), "L3-L4 loosens");
        assertTrue(Double.parseDouble(last[6]) < 0.5, "L4-L5 stays restricted");
        assertTrue(Double.parseDouble(last[2]) >= Double.parseDouble(first[2]), "instability does not fall");
    }

    @Test
    void sameSeedSameOutput() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Result ra = run("simulate", "thrust", "--trials=50", "--seed=9", "--events=" + a);
        Result rb = run("simulate", "thrust", "--trials=50", "--seed=9", "--events=" + b);
        assertEquals(ra.out(), rb.out());
        assertEquals(Files.readAllLines(a), Files.readAllLines(b));
    }

    @Test
    void userErrorsExitWithUsage() {
        Path f = dir.resolve("x.csv");
        assertEquals(2, run("simulate", "thrust", "--events=" + f).code());
        assertEquals(2, run("simulate", "thrust", "--trials=10").code());
        assertEquals(2, run("simulate", "thrust", "--trials=10", "--technique=karate", "--events=" + f).code());
        assertEquals(2, run("simulate", "thrust", "--trials=10", "--target=L7-L8", "--events=" + f).code());
        assertEquals(2, run("simulate", "thrust", "--trials=10", "--restricted=T12", "--events=" + f).code());
        assertEquals(2, run("simulate", "thrust", "--trials=10", "--bogus=1", "--events=" + f).code());
        assertEquals(2, run("simulate", "self-adjust", "--out=" + f).code());
        assertEquals(2, run("simulate", "self-adjust", "--weeks=0", "--out=" + f).code());
        assertEquals(2, run("simulate", "self-adjust", "--weeks=12", "--per-day=99", "--out=" + f).code());
        assertEquals(2, run("simulate", "self-adjust", "--weeks=12").code());
    }

    @Test
    void bothKindsAreListed() {
        String help = run("simulate", "--help").out();
        assertTrue(help.contains("thrust") && help.contains("self-adjust"), help);
    }
}
