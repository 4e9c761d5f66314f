package org.crepituslab.facet.cli;

import static org.crepituslab.testing.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crepituslab.facet.model.BubbleParameters;
import org.crepituslab.facet.model.FacetConstants;
import org.crepituslab.facet.model.RayleighPlesset;
import org.crepituslab.facet.model.ReboundQuadrature;
import org.crepituslab.testing.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate bubble}, {@code simulate cavitation} and {@code simulate pop} through the real command line. */
class FacetCliTest {
    @TempDir
    Path dir;

    @Test
    void bubbleWritesTheExactHeaderAndOneRowPerDtOut() throws Exception {
        Path csv = dir.resolve("bubble.csv");
        Result r = run("simulate", "bubble", "--duration=1e-4", "--dt-out=1e-6", "--out=" + csv);
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("t_s,radius_m,wall_velocity_m_s,acoustic_pressure_pa", lines.get(0));
        assertEquals(1 + 101, lines.size(), "t = 0 .. 1e-4 s in steps of 1e-6");
        String[] first = lines.get(1).split(",");
        assertEquals(0, Double.parseDouble(first[0]));
        assertEquals(1.2e-3, Double.parseDouble(first[1]), 1e-15, "at rest at r-start");
        assertEquals(0, Double.parseDouble(first[2]));
        assertEquals(1e-4, Double.parseDouble(lines.get(lines.size() - 1).split(",")[0]), 1e-15);
        assertTrue(r.out().contains("wrote 101 rows"), r.out());
    }

    @Test
    void anEmptyCavityCollapsesAndTheRunEndsThereWithTheCollapseTime() throws Exception {
        Path csv = dir.resolve("collapse.csv");
        Result r = run("simulate", "bubble", "--r0=2e-3", "--r-start=2e-3", "--p-gas=0", "--p-vapour=0",
                "--surface-tension=0", "--viscosity=0", "--p-ambient=50000", "--duration=1e-3", "--dt-out=1e-6",
                "--out=" + csv);
        assertEquals(0, r.code(), r.err());
        Matcher m = Pattern.compile("collapse at t = ([0-9.eE+-]+) s").matcher(r.out());
        assertTrue(m.find(), r.out());
        double tc = Double.parseDouble(m.group(1));
        double expected = RayleighPlesset.rayleighCollapseTime(2e-3, 1000, 50_000);
        assertEquals(expected, tc, expected * 0.01);
        List<String> lines = Files.readAllLines(csv);
        double lastT = Double.parseDouble(lines.get(lines.size() - 1).split(",")[0]);
        assertTrue(lastT <= tc && lastT > tc - 2e-6, "rows stop at the collapse: " + lastT);
    }

    @Test
    void bubbleCsvGoesToStandardOutputWithoutOut() {
        Result r = run("simulate", "bubble", "--duration=1e-5", "--dt-out=1e-6");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("t_s,radius_m,wall_velocity_m_s,acoustic_pressure_pa"), r.out());
        assertEquals(12, r.out().trim().split("\\R").length);
        assertTrue(r.err().contains("wrote 11 rows"), "notes go to stderr to keep the CSV clean");
    }

    @Test
    void helpListsEveryFlagOfBothKinds() {
        Result b = run("simulate", "bubble", "--help");
        assertEquals(0, b.code());
        for (String flag : List.of("--r0", "--r-start", "--p-ambient", "--p-gas", "--p-vapour", "--density",
                "--surface-tension", "--viscosity", "--polytropic", "--distance", "--duration", "--dt-out", "--out")) {
            assertTrue(b.out().contains(flag), flag);
        }
        Result c = run("simulate", "cavitation", "--help");
        assertEquals(0, c.code());
        for (String flag : List.of("--stretch-at", "--duration", "--out", "--events")) {
            assertTrue(c.out().contains(flag), flag);
        }
        Result all = run("simulate", "--help");
        assertTrue(all.out().contains("bubble") && all.out().contains("cavitation"));
    }

    @Test
    void badFlagsAndValuesAreNamedWithExitTwoAndNoStackTrace() {
        Result r = run("simulate", "bubble", "--radius=1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--radius"), r.err());
        r = run("simulate", "bubble", "--viscosity=-1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--viscosity"), r.err());
        r = run("simulate", "bubble", "--dt-out=abc");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--dt-out"), r.err());
        r = run("simulate", "bubble", "--out=" + dir.resolve("missing/x.csv"));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--out"), r.err());
        r = run("simulate", "cavitation", "--stretch-at=1,x");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--stretch-at"), r.err());
        r = run("simulate", "cavitation", "--stretch-at=1,1.2");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--stretch-at") && r.err().contains("apart"), r.err());
        r = run("simulate", "cavitation", "--stretch-at=5", "--duration=5.5");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--duration"), r.err());
        for (Result any : List.of(r)) {
            assertFalse(any.err().contains("Exception"), any.err());
        }
    }

    @Test
    void cavitationReportsPopRefractoryPopForStretchesAtZeroFiveAndThirtyMinutes() throws Exception {
        Path events = dir.resolve("events.csv");
        Path series = dir.resolve("series.csv");
        Result r = run("simulate", "cavitation", "--stretch-at=1,301,1801", "--duration=1805",
                "--events=" + events, "--out=" + series, "--dt-out=5");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("t_s,event", "1,pop", "301,no-pop-refractory", "1801,pop"), Files.readAllLines(events));
        List<String> lines = Files.readAllLines(series);
        assertEquals("t_s,gap_mm,pressure_kpa,bubble_radius_mm,dissolved_gas_percent,bubble_co2_percent", lines.get(0));
        assertEquals(1 + 362, lines.size(), "t = 0, 5, ..., 1805");
        assertTrue(r.out().contains("2 pops, 1 stretches blocked"), r.out());
    }

    @Test
    void cavitationDefaultsToOneStretchThatPops() throws Exception {
        Path events = dir.resolve("one.csv");
        Result r = run("simulate", "cavitation", "--events=" + events);
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("t_s,event", "1,pop"), Files.readAllLines(events));
    }

    @Test
    void aGasBubbleReleasedFarFromEquilibriumIsReportedAsARebound() throws Exception {
        Path csv = dir.resolve("rebound.csv");
        Result r = run("simulate", "bubble", "--r0=1e-3", "--r-start=1e-2", "--duration=5e-3", "--dt-out=1e-5",
                "--out=" + csv);
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("collapse at"), r.out());
        assertTrue(r.out().contains("rebound at t = "), r.out());
        assertTrue(r.out().contains("oscillating: period "), r.out());
    }

    @Test
    void theReportedPeriodOfAnOscillatingBubbleIsTheEnergyQuadratures() throws Exception {
        Path csv = dir.resolve("period.csv");
        Result r = run("simulate", "bubble", "--r0=1e-3", "--r-start=1e-2", "--viscosity=0", "--duration=5e-3",
                "--dt-out=1e-5", "--out=" + csv);
        assertEquals(0, r.code(), r.err());
        Matcher m = Pattern.compile("oscillating: period ([0-9.eE+-]+) s").matcher(r.out());
        assertTrue(m.find(), r.out());
        BubbleParameters p = new BubbleParameters(1e-3, 1e-2, FacetConstants.P_ATM,
                BubbleParameters.equilibriumGasPressure(1e-3, FacetConstants.P_ATM, FacetConstants.P_VAPOUR,
                        FacetConstants.SURFACE_TENSION),
                FacetConstants.P_VAPOUR, FacetConstants.DENSITY, FacetConstants.SURFACE_TENSION, 0,
                FacetConstants.POLYTROPIC);
        double expected = ReboundQuadrature.period(p);
        assertEquals(expected, Double.parseDouble(m.group(1)), 0.01 * expected, "inviscid period = quadrature");
    }

    @Test
    void popWritesTheWavTheCsvAndOneLineOfMeasures() throws Exception {
        Path wav = dir.resolve("pop.wav");
        Path csv = dir.resolve("pop.csv");
        Result r = run("simulate", "pop", "--out=" + wav, "--csv=" + csv);
        assertEquals(0, r.code(), r.err());
        Matcher m = Pattern.compile("^peak_hz=([0-9.]+) duration_ms=([0-9.]+) peak_db_spl=([0-9.]+)$")
                .matcher(r.out().strip());
        assertTrue(m.matches(), r.out());
        double hz = Double.parseDouble(m.group(1));
        double ms = Double.parseDouble(m.group(2));
        assertTrue(hz >= 86 && hz <= 1830, "Reggars' range: " + hz);
        assertTrue(ms >= 4 && ms <= 8, "a few ms: " + ms);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("t_s,pressure_pa", lines.get(0));
        double peak = 0;
        for (String line : lines.subList(1, lines.size())) {
            peak = Math.max(peak, Math.abs(Double.parseDouble(line.split(",")[1])));
        }
        assertEquals(Double.parseDouble(m.group(3)), 20 * Math.log10(peak / 20e-6), 0.1, "the CSV is the level printed");
        AudioFormat f = AudioSystem.getAudioFileFormat(wav.toFile()).getFormat();
        assertEquals(44_100, f.getSampleRate(), 0);
        assertEquals(16, f.getSampleSizeInBits());
        assertEquals(1, f.getChannels());
        assertTrue(r.err().contains("full scale"), "the scale is stated: " + r.err());
    }

    @Test
    void theStretchSpeedsOfTheIssueGiveRisingLevels() {
        double slow = level(run("simulate", "pop", "--stretch-speed=0.2", "--out=" + dir.resolve("s.wav")).out());
        double normal = level(run("simulate", "pop", "--stretch-speed=2.4", "--out=" + dir.resolve("n.wav")).out());
        double fast = level(run("simulate", "pop", "--stretch-speed=10", "--out=" + dir.resolve("f.wav")).out());
        assertTrue(slow + 1 < normal && normal + 1 < fast, slow + " < " + normal + " < " + fast + " dB SPL");
    }

    @Test
    void aFasterStretchPopsLouderAndTheFlagsAreChecked() {
        double slow = level(run("simulate", "pop", "--stretch-speed=0.2", "--out=" + dir.resolve("a.wav")).out());
        double fast = level(run("simulate", "pop", "--stretch-speed=10", "--out=" + dir.resolve("b.wav")).out());
        assertTrue(fast > slow + 3, slow + " dB vs " + fast + " dB");
        assertEquals(2, run("simulate", "pop", "--sound-model=bang", "--out=" + dir.resolve("c.wav")).code());
        assertEquals(2, run("simulate", "pop").code(), "--out is required");
    }

    private static double level(String out) {
        Matcher m = Pattern.compile("peak_db_spl=([0-9.]+)").matcher(out);
        assertTrue(m.find(), out);
        return Double.parseDouble(m.group(1));
    }
}
