package org.crepituslab.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up cost of the app against a bare JavaFX window started the same way, so the ratio comes
 * from one run on one machine: each run is a fresh JVM ({@link StartupProbe}), timed from process
 * start to the first frame shown; runs alternate app and bare so drift hits both.
 */
public final class StartupBench {
    public record Sample(double millis, long peakRssKb) {
    }

    public record Result(Stats app, Stats bare, double appRssMb, double bareRssMb) {
    }

    private StartupBench() {
    }

    public static Result run(int runs) throws IOException, InterruptedException {
        List<Sample> app = new ArrayList<>();
        List<Sample> bare = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            app.add(once("app"));
            bare.add(once("bare"));
        }
        return new Result(stats(app), stats(bare), medianRss(app) / 1024.0, medianRss(bare) / 1024.0);
    }

    static Sample once(String mode) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), StartupProbe.class.getName(), mode);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process p = pb.start();
        double millis = Double.NaN;
        long rss = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("FIRST_FRAME")) {
                    millis = (System.nanoTime() - t0) / 1e6;
                } else if (line.startsWith("PEAK_RSS_KB")) {
                    rss = Long.parseLong(line.substring(12).trim());
                }
            }
        }
        p.waitFor();
        if (Double.isNaN(millis)) {
            throw new IOException("the " + mode + " start-up probe showed no frame (exit code " + p.exitValue() + ")");
        }
        return new Sample(millis, rss);
    }

    private static Stats stats(List<Sample> s) {
        return new Stats(s.stream().mapToDouble(Sample::millis).toArray());
    }

    private static double medianRss(List<Sample> s) {
        return new Stats(s.stream().mapToDouble(Sample::peakRssKb).toArray()).median();
    }
}
