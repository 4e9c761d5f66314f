package org.crepituslab.walking;

import static org.crepituslab.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crepituslab.app.Screens;
import org.crepituslab.framework.Screen;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.contract.Declaration;
import org.crepituslab.framework.contract.Declarations;
import org.crepituslab.testing.CliRun.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate walking} through the real command line, with the walking screen installed beside
 * the app's screens (it is registered in the app's list by the lead): CSV contracts, summary, errors.
 */
class WalkingCliTest {
    static final String SERIES_HEADER = "t_s,step,gait_percent,hip_flexion_deg,pelvic_tilt_deg,lumbar_lordosis_deg,"
            + "segment_motion_mm";
    static final String EVENTS_HEADER = "t_s,step,gait_percent,event,location,energy_j";

    @TempDir
    Path dir;
    private List<Declaration> before;

    @BeforeEach
    void register() {
        Screens.ensureInstalled();
        before = Declarations.all();
        if (Screens.all().stream().noneMatch(s -> s.id().equals("walking"))) {
            List<Screen<?>> screens = new ArrayList<>(Screens.all());
            screens.add(new WalkingScreen());
            Screens.install(screens);
        }
    }

    @AfterEach
    void restore() {
        Declarations.install(before);
    }

    @Test
    void seriesCsvHasTheExactHeaderAndOneRowPerPercentOfTheCycle() throws Exception {
        Path out = dir.resolve("walk.csv");
        Result r = run("simulate", "walking", "--steps=3", "--out=" + out);
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(SERIES_HEADER, lines.get(0));
        assertTrue(lines.size() >= 1 + 300 && lines.size() <= 1 + 303, "rows " + lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            assertEquals(7, f.length, line);
            double percent = Double.parseDouble(f[2]);
            assertTrue(percent >= 0 && percent < 100, line);
            double tilt = Double.parseDouble(f[4]);
            assertTrue(tilt > 5 && tilt < 20, "anterior tilt positive: " + line);
            assertTrue(Double.parseDouble(f[6]) > 0, line);
        }
        assertTrue(r.out().contains("per 100 steps"), r.out());
    }

    @Test
    void eventsCsvListsClicksSnapsAndPopsWithTheirPlace() throws Exception {
        Path events = dir.resolve("events.csv");
        Result r = run("simulate", "walking", "--steps=400", "--hip-flexor-tightness=0.9", "--core=0",
                "--structural-click=L4-L5", "--seed=7", "--events=" + events);
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(events);
        assertEquals(EVENTS_HEADER, lines.get(0));
        Set<String> kinds = new HashSet<>();
        int clicks = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            assertEquals(6, f.length, line);
            kinds.add(f[3]);
            switch (f[3]) {
                case "click" -> {
                    clicks++;
                    assertEquals("L4-L5-right", f[4]);
                }
                case "snap" -> assertTrue(f[4].equals("hip-left") || f[4].equals("hip-right"), line);
                case "pop" -> assertTrue(f[4].matches("L[1-5]-(L[2-5]|S1)-(left|right)"), line);
                default -> throw new AssertionError(line);
            }
            assertTrue(Double.parseDouble(f[5]) > 0, line);
        }
        assertEquals(Set.of("pop", "snap", "click"), kinds);
        assertTrue(clicks >= 390, "clicks " + clicks);
    }

    @Test
    void sameSeedSameOutput() {
        Result a = run("simulate", "walking", "--steps=300", "--core=0", "--seed=3");
        Result b = run("simulate", "walking", "--steps=300", "--core=0", "--seed=3");
        assertEquals(0, a.code(), a.err());
        assertEquals(a.out(), b.out());
    }

    @Test
    void userErrorsExitWithUsage() {
        assertEquals(2, run("simulate", "walking").code());
        assertEquals(2, run("simulate", "walking", "--steps=10", "--core=2").code());
        assertEquals(2, run("simulate", "walking", "--steps=10", "--structural-click=L7").code());
        assertEquals(2, run("simulate", "walking", "--steps=10", "--bogus=1").code());
        assertEquals(2, run("simulate", "walking", "--steps=10", "--speed=5").code());
    }

    @Test
    void itIsListedAndItsStringsAreFound() {
        assertTrue(run("simulate", "--help").out().contains("walking"));
        assertEquals("Walking", Strings.get("screen.walking.title"));
    }
}
