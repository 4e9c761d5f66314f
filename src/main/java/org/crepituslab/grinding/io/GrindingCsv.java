package org.crepituslab.grinding.io;

import java.io.IOException;
import org.apache.commons.csv.CSVPrinter;
import org.crepituslab.framework.io.CsvWriter;
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
        return CsvWriter.printer(out, FRICTION_HEADER);
    }

    public static CSVPrinter eventsPrinter(Appendable out) throws IOException {
        return CsvWriter.printer(out, EVENTS_HEADER);
    }

    public static void writeSample(CSVPrinter csv, FrictionSample s) throws IOException {
        csv.printRecord(CsvWriter.number(s.timeS()), CsvWriter.number(s.frictionCoefficient()),
                CsvWriter.number(s.fluidLoadFraction()), CsvWriter.number(s.wear()), CsvWriter.number(s.bonePositionM() * 1e3),
                s.slips(), s.catches());
    }

    public static void writeEvent(CSVPrinter csv, GrindEvent e) throws IOException {
        csv.printRecord(CsvWriter.number(e.timeS()), e.kind().csvName(), CsvWriter.number(e.energyJ()));
    }

}
