package org.crepituslab.grinding.io;

import java.io.IOException;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crepituslab.grinding.model.FrictionSample;
import org.crepituslab.grinding.model.GrindEvent;

/**
 * The grinding CSV formats, shared by {@code simulate grinding} and the screen's export. The
 * headers are a contract: the friction file begins {@code t_s,friction_coefficient,} and the
 * events file is exactly {@code t_s,event,energy_j} with event {@code slip} or {@code catch}.
 */
public final class GrindingCsv {
    public static final String[] FRICTION_HEADER = {
        "t_s", "friction_coefficient", "fluid_load_fraction", "wear", "bone_position_mm", "slips", "catches"};
    public static final String[] EVENTS_HEADER = {"t_s", "event", "energy_j"};

    private GrindingCsv() {
    }

    public static CSVPrinter frictionPrinter(Appendable out) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader(FRICTION_HEADER).setRecordSeparator('\n').build().print(out);
    }

    public static CSVPrinter eventsPrinter(Appendable out) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader(EVENTS_HEADER).setRecordSeparator('\n').build().print(out);
    }

    public static void writeSample(CSVPrinter csv, FrictionSample s) throws IOException {
        csv.printRecord(fixed(s.timeS(), 5), fixed(s.frictionCoefficient(), 5), fixed(s.fluidLoadFraction(), 4),
                fixed(s.wear(), 4), fixed(s.bonePositionM() * 1e3, 4), s.slips(), s.catches());
    }

    public static void writeEvent(CSVPrinter csv, GrindEvent e) throws IOException {
        csv.printRecord(fixed(e.timeS(), 5), e.kind().csvName(), String.format(Locale.ROOT, "%.4e", e.energyJ()));
    }

    private static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
