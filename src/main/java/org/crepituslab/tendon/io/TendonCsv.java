package org.crepituslab.tendon.io;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.crepituslab.framework.io.CsvWriter;
import org.crepituslab.tendon.model.SnapEvent;

/**
 * The tendon's CSV files, shared by {@code simulate tendon} and the screen's export so both write
 * the same columns. Numbers use '.' whatever the locale, so spreadsheets and scripts read them.
 */
public final class TendonCsv {
    /** Snap events: the header is a contract with users' scripts (issue 4); do not change it. */
    public static final String[] EVENTS_HEADER = {"t_s", "event", "direction", "hip_angle_deg", "energy_j"};
    /** The time series written by {@code simulate tendon --out}. */
    public static final String[] SERIES_HEADER = {"t_s", "hip_angle_deg", "tendon_x_mm", "tendon_speed_m_s",
            "potential_mj", "snaps"};
    /** The path drawn in the θ–x plot, as exported from the screen. */
    public static final String[] TRACE_HEADER = {"t_s", "hip_angle_deg", "tendon_x_mm", "potential_mj"};
    /** The energy landscape at the current hip angle, as exported from the screen. */
    public static final String[] LANDSCAPE_HEADER = {"tendon_x_mm", "potential_mj", "hip_angle_deg", "tightness"};

    private TendonCsv() {
    }

    public static CSVPrinter printer(Appendable out, String[] header) throws IOException {
        return CsvWriter.printer(out, header);
    }

    public static void writeEvents(Appendable out, List<SnapEvent> events) throws IOException {
        CSVPrinter p = printer(out, EVENTS_HEADER);
        for (SnapEvent e : events) {
            printEvent(p, e);
        }
        p.flush();
    }

    public static void printEvent(CSVPrinter p, SnapEvent e) throws IOException {
        p.printRecord(CsvWriter.number(e.timeS()), "snap", e.direction().id(), CsvWriter.number(e.hipAngleDeg()),
                CsvWriter.number(e.energyJ()));
    }

    /** Formats a number with '.' as the decimal mark. */
    public static String num(String pattern, double v) {
        return String.format(Locale.ROOT, pattern, v);
    }
}
