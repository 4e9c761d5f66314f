package org.crepituslab.facet.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.crepituslab.framework.io.CsvWriter;
import org.crepituslab.framework.cli.CliArgs;
import org.crepituslab.framework.cli.Simulation;
import org.crepituslab.framework.cli.UsageException;
import org.crepituslab.facet.model.BubbleParameters;
import org.crepituslab.facet.model.FacetConstants;
import org.crepituslab.facet.model.FreeBubble;

/** {@code simulate bubble}: one free Rayleigh–Plesset bubble under constant pressure, as CSV. */
public final class BubbleSimulation implements Simulation {
    public static final String[] HEADER = {"t_s", "radius_m", "wall_velocity_m_s", "acoustic_pressure_pa"};
    private static final Set<String> FLAGS = Set.of("r0", "r-start", "p-ambient", "p-gas", "p-vapour", "density",
            "surface-tension", "viscosity", "polytropic", "distance", "duration", "dt-out", "out");
    private static final double MAX_ROWS = 1e7;

    @Override
    public String kind() {
        return "bubble";
    }

    @Override
    public String summary() {
        return "one free Rayleigh-Plesset bubble under constant pressure";
    }

    @Override
    public String usage() {
        return """
                Usage: crepitus-lab simulate bubble [--key=value ...]
                One free bubble under constant ambient pressure, starting at rest at r-start; the
                Rayleigh-Plesset equation is integrated with an adaptive Dormand-Prince 5(4) scheme.
                Writes CSV with the header t_s,radius_m,wall_velocity_m_s,acoustic_pressure_pa, one row
                per dt-out. An empty cavity (p-gas = 0) whose R falls below 0.1 %% of r-start has
                collapsed: the run ends there and prints the collapse time. A bubble with gas cannot
                collapse to nothing: its gas stops it, and the run prints the rebound (time and smallest
                radius) and, if the run is long enough, the period of the oscillation.
                  --r0=<m>                reference radius for p-gas (default 1e-3)
                  --r-start=<m>           radius at t = 0, at rest (default 1.2e-3)
                  --p-ambient=<Pa>        constant pressure far from the bubble (default 101325)
                  --p-gas=<Pa>            gas pressure when R = r0 (default: the equilibrium value
                                          p-ambient - p-vapour + 2*surface-tension/r0; 0 = empty cavity)
                  --p-vapour=<Pa>         vapour pressure (default %s, water at 37 C)
                  --density=<kg/m3>       liquid density (default %s)
                  --surface-tension=<N/m> (default %s, synovial fluid)
                  --viscosity=<Pa.s>      (default %s, synovial fluid at high shear rate)
                  --polytropic=<k>        polytropic exponent of the gas (default %s)
                  --distance=<m>          where the acoustic pressure is taken (default %s)
                  --duration=<s>          simulated time (default 2e-3)
                  --dt-out=<s>            interval between rows (default 1e-6)
                  --out=<file.csv>        where to write (default: standard output)
                Example (Rayleigh collapse of an empty 1 mm cavity: 0.91468*R0*sqrt(rho/dp) = 90.9 us):
                  simulate bubble --r-start=1e-3 --p-gas=0 --p-vapour=0 --surface-tension=0 --viscosity=0 --duration=2e-4
                """.formatted(num(FacetConstants.P_VAPOUR), num(FacetConstants.DENSITY),
                num(FacetConstants.SURFACE_TENSION), num(FacetConstants.VISCOSITY), num(FacetConstants.POLYTROPIC),
                num(FacetConstants.LISTENER_DISTANCE));
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(FLAGS);
        double r0 = args.number("r0", 1e-3, 1e-7, 0.1);
        double rStart = args.number("r-start", 1.2e-3, 1e-7, 0.1);
        double pAmbient = args.number("p-ambient", FacetConstants.P_ATM, 0, 1e8);
        double pVapour = args.number("p-vapour", FacetConstants.P_VAPOUR, 0, 1e7);
        double density = args.number("density", FacetConstants.DENSITY, 1, 2e4);
        double sigma = args.number("surface-tension", FacetConstants.SURFACE_TENSION, 0, 10);
        double pGas = args.number("p-gas", BubbleParameters.equilibriumGasPressure(r0, pAmbient, pVapour, sigma), 0, 1e8);
        double viscosity = args.number("viscosity", FacetConstants.VISCOSITY, 0, 1000);
        double kappa = args.number("polytropic", FacetConstants.POLYTROPIC, 0.5, 3);
        double distance = args.number("distance", FacetConstants.LISTENER_DISTANCE, 1e-4, 100);
        double duration = args.number("duration", 2e-3, 1e-9, 10);
        double dtOut = args.number("dt-out", 1e-6, 1e-10, 1);
        if (duration / dtOut > MAX_ROWS) {
            throw new UsageException("--dt-out=" + dtOut + " with --duration=" + duration + " would give more than "
                    + (long) MAX_ROWS + " rows; use a larger --dt-out");
        }
        Path file = args.outputFile("out");
        if (file != null && file.toString().equals("-")) {
            file = null;
        }
        BubbleParameters p = new BubbleParameters(r0, rStart, pAmbient, pGas, pVapour, density, sigma, viscosity, kappa);

        PrintStream notes = file == null ? err : out;
        FreeBubble.Result result;
        try (Writer w = file == null
                ? new BufferedWriter(new OutputStreamWriter(nonClosing(out), StandardCharsets.UTF_8))
                : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = CsvWriter.printer(w, HEADER)) {
            result = FreeBubble.run(p, distance, duration, dtOut, (t, r, v, pa) -> csv.printRecord(
                    CsvWriter.number(t), CsvWriter.number(r), CsvWriter.number(v), CsvWriter.number(pa)));
        }
        if (result.collapsed()) {
            notes.printf(Locale.ROOT, "collapse at t = %.6g s (R fell below 0.1 %% of r-start)%n", result.collapseTime());
        } else if (result.rebounded()) {
            notes.printf(Locale.ROOT, "rebound at t = %.6g s (smallest R = %.4g m): the gas stops the collapse%n",
                    result.minTime(), result.minRadius());
            if (!Double.isNaN(result.period())) {
                notes.printf(Locale.ROOT, "oscillating: period %.6g s (start to the next largest size)%n", result.period());
            }
        }
        notes.printf(Locale.ROOT, "wrote %d rows%s (%d adaptive steps)%n", result.rows(),
                file == null ? "" : " to " + file, result.steps());
        return 0;
    }

    /** Standard output wrapped so closing the CSV writer flushes it without closing it. */
    static OutputStream nonClosing(PrintStream stdout) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                stdout.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                stdout.write(b, off, len);
            }

            @Override
            public void flush() {
                stdout.flush();
            }

            @Override
            public void close() {
                stdout.flush();
            }
        };
    }
}
