package org.crepituslab.tendon;

import static org.crepituslab.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crepituslab.testing.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate tendon} through the real command line: CSV contract, summaries, user errors. */
class TendonCliTest {
    static final String EVENTS_HEADER = "t_s,event,direction,hip_angle_deg,energy_j";

    @TempDir
    Path dir;

    @Test
    void eventsCsvHasTheExactHeaderAndOneSnapPerCycleOnTheWayBack() throws Exception {
        Path events = dir.resolve("events.csv");
        Result r = run("simulate", "tendon", "--tightness=0.9", "--cycles=3", "--events=" + events);
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(events);
        assertEquals(EVENTS_HEADER, lines.get(0));
        assertEquals(1 + 3, lines.size(), String.join("\n", lines));
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            assertEquals(5, f.length);
            assertEquals("snap", f[1]);
            assertEquals("extending", f[2]);
            assertTrue(Double.parseDouble(f[4]) > 0, "energy in joules");
            assertTrue(Double.parseDouble(f[4]) < 0.2, "energy in joules, not millijoules");
        }
        assertTrue(r.out().contains("snaps: 3"), r.out());
    }

    @Test
    void highTightnessPutsAtLeastFourFifthsOfTheEnergyOnExtension() {
        Result r = run("simulate", "tendon", "--tightness=1", "--cycles=3");
        assertEquals(0, r.code(), r.err());
        Matcher share = Pattern.compile("way back to extension: (\\d+) %").matcher(r.out());
        assertTrue(share.find(), r.out());
        assertTrue(Integer.parseInt(share.group(1)) >= 80, r.out());
        assertTrue(r.out().contains("snaps from tightness"), r.out());
    }

    @Test
    void belowTheThresholdTheEventsFileHasOnlyItsHeader() throws Exception {
        Path events = dir.resolve("none.csv");
        Result r = run("simulate", "tendon", "--tightness=0.6", "--cycles=2", "--events=" + events);
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(EVENTS_HEADER), Files.readAllLines(events));
        assertTrue(r.out().contains("snaps: 0"), r.out());
        assertTrue(r.out().contains("glides"), r.out());
    }

    @Test
    void outWritesTheTimeSeriesEveryMillisecond() throws Exception {
        Path out = dir.resolve("series.csv");
        Result r = run("simulate", "tendon", "--tightness=0.9", "--cycles=1", "--period=4", "--out=" + out);
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("t_s,hip_angle_deg,tendon_x_mm,tendon_speed_m_s,potential_mj,snaps", lines.get(0));
        assertEquals(1 + 4001, lines.size());
        assertTrue(lines.get(1).startsWith("0.0000,-10.000,"), lines.get(1));
        assertTrue(lines.get(lines.size() - 1).endsWith(",1"), "one snap by the end: " + lines.get(lines.size() - 1));
    }

    @Test
    void walkingWithATiltedPelvisSnaps() throws Exception {
        Path events = dir.resolve("walk.csv");
        Result level = run("simulate", "tendon", "--tightness=0.8", "--cycles=3", "--motion=walking");
        assertTrue(level.out().contains("snaps: 0"), level.out());
        Result tilted = run("simulate", "tendon", "--tightness=0.8", "--cycles=3", "--motion=walking",
                "--pelvic-tilt=1", "--events=" + events);
        assertEquals(0, tilted.code(), tilted.err());
        assertEquals(7, Files.readAllLines(events).size(), tilted.out());
    }

    @Test
    void populationPrintsOneLineAndWritesOneRowPerPerson() throws Exception {
        Path csv = dir.resolve("people.csv");
        Result r = run("simulate", "population", "--profile=general", "--n=40", "--seed=3", "--out=" + csv);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("prevalence=0\\.\\d{4} n=40\\R?"), r.out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("person,sitting_h,tightness,tension_scale,ridge_scale,crest_hip_deg,flexion_max_deg,"
                + "manoeuvre_snaps,walking_snaps,snaps,max_energy_mj", lines.get(0));
        assertEquals(41, lines.size());
        assertEquals(r.out(), run("simulate", "population", "--profile=general", "--n=40", "--seed=3").out(),
                "the same seed gives the same people");
        for (String[] b : new String[][] {{"--profile=athletes", "--profile"}, {"--n=0", "--n"}, {"--seed=-1", "--seed"},
                {"--size=3", "--size"}}) {
            Result bad = run("simulate", "population", b[0]);
            assertEquals(2, bad.code(), b[0]);
            assertTrue(bad.err().contains(b[1]), bad.err());
        }
    }

    @Test
    void userErrorsNameTheFlagAndExitTwo() {
        String[][] bad = {
                {"--tightness=1.5", "--tightness"},
                {"--tightness=tight", "--tightness"},
                {"--cycles=0", "--cycles"},
                {"--cycles=2.5", "--cycles"},
                {"--period=0.1", "--period"},
                {"--motion=running", "--motion"},
                {"--colour=red", "--colour"},
                {"--events=" + "/no/such/folder/e.csv", "--events"},
        };
        for (String[] b : bad) {
            Result r = run("simulate", "tendon", b[0]);
            assertEquals(2, r.code(), b[0]);
            assertTrue(r.err().contains(b[1]), b[0] + ": " + r.err());
            assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
        }
    }

    @Test
    void helpListsEveryFlag() {
        Result r = run("simulate", "tendon", "--help");
        assertEquals(0, r.code());
        for (String flag : new String[] {"--tightness", "--cycles", "--period", "--out", "--events", "--pelvic-tilt",
                "--core", "--motion", EVENTS_HEADER}) {
            assertTrue(r.out().contains(flag), flag);
        }
        assertTrue(run("simulate", "--help").out().contains("tendon"));
    }
}
