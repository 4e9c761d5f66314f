package org.crepituslab.facet.view;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.apache.commons.csv.CSVPrinter;
import org.crepituslab.framework.io.CsvWriter;
import org.crepituslab.facet.model.Joint;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.TimeSeries;
import org.crepituslab.framework.plot.TimeSeriesGraph;

/**
 * The live graphs under the joint (fluid pressure, bubble radius, dissolved gas against simulated
 * time), sampled from the model once per frame, with the label naming their time window; the
 * window stretches with the time acceleration so the refractory period fits.
 */
final class FacetGraphs {
    /** Graph window at ×1, s of simulated time; it scales with the time acceleration. */
    private static final double GRAPH_WINDOW = 10;
    private static final int GRAPH_CAPACITY = 2400;
    private static final String[] CSV_HEADER = {"t_s", "pressure_kpa", "bubble_radius_mm", "dissolved_gas_percent"};

    private final TimeSeriesGraph pressureGraph;
    private final TimeSeriesGraph radiusGraph;
    private final TimeSeriesGraph dissolvedGraph;
    private final TimeSeries pressureSeries;
    private final TimeSeries radiusSeries;
    private final TimeSeries dissolvedSeries;
    private final Label windowLabel = new Label();
    private double lastSampleTime = Double.NaN;
    /** Closest two samples may be, in simulated s: the window over half the capacity, so the whole window is kept. */
    private double minSpacing = GRAPH_WINDOW / (GRAPH_CAPACITY / 2.0);

    FacetGraphs() {
        pressureGraph = new TimeSeriesGraph(Strings.get("facet.graph.pressure"), Strings.get("unit.kPa"), GRAPH_WINDOW);
        pressureSeries = pressureGraph.addSeries(Strings.get("facet.graph.pressure"), GRAPH_CAPACITY);
        pressureGraph.setFixedRange(-300, 50);
        radiusGraph = new TimeSeriesGraph(Strings.get("facet.graph.radius"), Strings.get("unit.mm"), GRAPH_WINDOW);
        radiusSeries = radiusGraph.addSeries(Strings.get("facet.graph.radius"), GRAPH_CAPACITY);
        radiusGraph.setFixedRange(0, 2.5);
        dissolvedGraph = new TimeSeriesGraph(Strings.get("facet.graph.dissolved"), Strings.get("unit.percent"),
                GRAPH_WINDOW);
        dissolvedSeries = dissolvedGraph.addSeries(Strings.get("facet.graph.dissolved"), GRAPH_CAPACITY);
        dissolvedGraph.setFixedRange(70, 100);
        for (TimeSeriesGraph g : graphs()) {
            g.setPrefSize(220, 150);
            g.setMinSize(120, 90);
        }
        pressureGraph.setId("facet-graph-pressure");
        radiusGraph.setId("facet-graph-radius");
        dissolvedGraph.setId("facet-graph-dissolved");
        windowLabel.getStyleClass().add("muted");
        windowLabel.setId("facet-graph-window");
        windowLabel.setMinHeight(Region.USE_PREF_SIZE);
    }

    /** Pressure, radius and dissolved gas, in that order. */
    List<TimeSeriesGraph> graphs() {
        return List.of(pressureGraph, radiusGraph, dissolvedGraph);
    }

    Label windowLabel() {
        return windowLabel;
    }

    /** Samples the joint whenever simulated time moved (also when something stepped the model directly). */
    void sample(Joint joint) {
        if (record(joint)) {
            pressureGraph.redraw();
            radiusGraph.redraw();
            dissolvedGraph.redraw();
        }
    }

    /** Adds the joint's values when time moved, without redrawing; true when it added. */
    boolean record(Joint joint) {
        double t = joint.time();
        if (t == lastSampleTime) {
            return false;
        }
        lastSampleTime = t;
        pressureSeries.add(t, joint.pressure() / 1e3, minSpacing);
        radiusSeries.add(t, joint.bubbleRadius() * 1e3, minSpacing);
        dissolvedSeries.add(t, joint.gas().dissolvedFraction() * 100, minSpacing);
        return true;
    }

    /** Fits the window to the time acceleration (minutes on the axis when time runs fast). */
    void showWindowFor(double accel) {
        double window = GRAPH_WINDOW * accel;
        minSpacing = window / (GRAPH_CAPACITY / 2.0);
        double scale = accel > 1 ? 1.0 / 60 : 1;
        for (TimeSeriesGraph g : graphs()) {
            g.setWindow(window);
            g.setTimeScale(scale);
            g.redraw();
        }
        windowLabel.setText(accel > 1
                ? Strings.format("facet.graph.window.minutes", String.format(Strings.locale(), "%.0f", window / 60))
                : Strings.format("facet.graph.window.seconds", String.format(Strings.locale(), "%.0f", window)));
    }

    /** Marks a pop on every graph at its simulated time. */
    void markPop(double time) {
        graphs().forEach(g -> g.mark(time));
    }

    void clear() {
        graphs().forEach(TimeSeriesGraph::clear); // samples and pop marks
        lastSampleTime = Double.NaN;
    }

    /** The samples as CSV: t_s,pressure_kpa,bubble_radius_mm,dissolved_gas_percent. */
    String csv() throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = CsvWriter.printer(text, CSV_HEADER)) {
            int n = Math.min(pressureSeries.size(), Math.min(radiusSeries.size(), dissolvedSeries.size()));
            for (int i = 0; i < n; i++) {
                csv.printRecord(num(pressureSeries.time(i)), num(pressureSeries.value(i)), num(radiusSeries.value(i)),
                        num(dissolvedSeries.value(i)));
            }
        }
        return text.toString();
    }

    /** A number in a CSV file, in the app's one CSV number format. */
    static String num(double v) {
        return CsvWriter.number(v);
    }
}
