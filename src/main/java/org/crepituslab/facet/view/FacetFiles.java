package org.crepituslab.facet.view;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.scene.Node;
import org.apache.commons.csv.CSVPrinter;
import org.crepituslab.framework.io.CsvWriter;
import org.crepituslab.facet.model.FacetConstants;
import org.crepituslab.facet.model.JointModel;
import org.crepituslab.facet.model.PopEvent;
import org.crepituslab.facet.model.PopTrace;
import org.crepituslab.framework.io.AtomicFiles;
import org.crepituslab.framework.CaptionBar;
import org.crepituslab.framework.FileDialogs;
import org.crepituslab.framework.Strings;
import org.crepituslab.sound.WavWriter;

/**
 * What the facet screen saves: the last pop as WAV or as its recorded trace (CSV), and the live
 * graphs' samples (CSV); each with a file chooser, and a caption saying what was written or why not.
 */
final class FacetFiles {
    private static final String[] POP_CSV_HEADER = {"t_ms", "radius_mm", "wall_velocity_m_s", "acoustic_pressure_pa",
        "fluid_pressure_kpa"};

    private final JointModel model;
    private final FacetGraphs graphs;
    private final PopPlayback playback;
    private final CaptionBar captions;
    private final Node owner;

    FacetFiles(JointModel model, FacetGraphs graphs, PopPlayback playback, CaptionBar captions, Node owner) {
        this.model = model;
        this.graphs = graphs;
        this.playback = playback;
        this.captions = captions;
        this.owner = owner;
    }

    /** Saves the last pop's sound (as the chosen explanation hears it) as a WAV file. */
    void savePopWav(Path file) throws IOException {
        if (model.lastPopProperty().get() == null) {
            throw new IllegalStateException(Strings.get("facet.caption.noPopYet"));
        }
        WavWriter.write(playback.lastPopSound(), file);
        captions.show(Strings.format("facet.caption.savedWav", file.getFileName()));
    }

    /** Saves the live graphs' samples as CSV: t_s,pressure_kpa,bubble_radius_mm,dissolved_gas_percent. */
    void exportGraphsCsv(Path file) throws IOException {
        AtomicFiles.write(file, graphs.csv().getBytes(StandardCharsets.UTF_8));
        captions.show(Strings.format("facet.caption.savedCsv", file.getFileName()));
    }

    /** Saves the last pop's recorded trace as CSV (see {@link #POP_CSV_HEADER}). */
    void exportPopCsv(Path file) throws IOException {
        PopEvent pop = model.lastPopProperty().get();
        if (pop == null) {
            throw new IllegalStateException(Strings.get("facet.caption.noPopYet"));
        }
        PopTrace t = pop.trace();
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = CsvWriter.printer(text, POP_CSV_HEADER)) {
            for (int i = 0; i < t.size(); i++) {
                csv.printRecord(FacetGraphs.num(t.time(i) * 1e3), FacetGraphs.num(t.radius(i) * 1e3),
                        FacetGraphs.num(t.wallVelocity(i)),
                        FacetGraphs.num(t.acousticPressure(i, FacetConstants.LISTENER_DISTANCE)),
                        FacetGraphs.num(t.fluidPressure(i) / 1e3));
            }
        }
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        captions.show(Strings.format("facet.caption.savedCsv", file.getFileName()));
    }

    void saveWavWithChooser() {
        Path file = choose("facet.file.wav", "*.wav", "pop.wav");
        if (file != null) {
            try {
                savePopWav(file);
            } catch (IOException | RuntimeException ex) {
                failed(file, ex);
            }
        }
    }

    void exportGraphsWithChooser() {
        Path file = choose("facet.file.csv", "*.csv", "facet-graphs.csv");
        if (file != null) {
            try {
                exportGraphsCsv(file);
            } catch (IOException | RuntimeException ex) {
                failed(file, ex);
            }
        }
    }

    void exportPopWithChooser() {
        Path file = choose("facet.file.csv", "*.csv", "facet-pop.csv");
        if (file != null) {
            try {
                exportPopCsv(file);
            } catch (IOException | RuntimeException ex) {
                failed(file, ex);
            }
        }
    }

    private void failed(Path file, Exception ex) {
        captions.show(Strings.format("facet.caption.saveFailed", file.getFileName(), ex.getMessage()));
    }

    private Path choose(String typeKey, String pattern, String suggested) {
        return FileDialogs.chooseSave(owner, Strings.get(typeKey), Strings.get(typeKey), pattern, suggested,
                captions::show);
    }
}
