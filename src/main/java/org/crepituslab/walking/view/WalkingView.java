package org.crepituslab.walking.view;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.TimeSeries;
import org.crepituslab.framework.plot.TimeSeriesGraph;
import org.crepituslab.walking.model.GaitEvent;
import org.crepituslab.walking.model.Side;
import org.crepituslab.walking.model.WalkingModel;

/**
 * Walking: the walker drawn from the model, pelvic tilt and hip angle over the last strides, the
 * counts per 100 steps, and each pop, snap or click captioned as it happens.
 */
public final class WalkingView extends ScreenView {
    /** Seconds of walking the graph keeps: a few strides. */
    private static final double WINDOW_S = 4;
    private static final int CAPACITY = 1200;
    private final WalkingModel model;
    private final WalkerCanvas figure;
    private final TimeSeriesGraph graph;
    private final TimeSeries tilt;
    private final TimeSeries hip;
    private final Label counts = new Label();
    private long lastFrame = -1;

    public WalkingView(WalkingModel model) {
        super(model);
        this.model = model;
        figure = new WalkerCanvas(model);
        graph = new TimeSeriesGraph(Strings.get("walking.graph.title"), "\u00b0", WINDOW_S);
        graph.setId("walking-graph");
        tilt = graph.addSeries(Strings.get("walking.graph.tilt"), CAPACITY);
        hip = graph.addSeries(Strings.get("walking.graph.hip"), CAPACITY);
        graph.setFixedRange(-25, 40);
        graph.setMinSize(160, 110);
        graph.setPrefHeight(170);
        counts.setId("walking-counts");
        counts.setWrapText(true);
        counts.setMinHeight(Region.USE_PREF_SIZE);
        VBox play = new VBox(6, figure, graph, counts);
        play.setStyle("-fx-padding: 0.5em;");
        VBox.setVgrow(figure, Priority.ALWAYS);
        layoutStandard(play, WalkingControls.create(model));
        model.addListener(this::onEvent);
        step(0);
    }

    private void onEvent(GaitEvent e) {
        figure.flash(e.location());
        captions().show(Strings.format("walking.event." + e.kind().label(), e.location(), e.step()));
    }

    @Override
    public void step(double dt) {
        long now = System.nanoTime();
        double real = lastFrame < 0 ? 0 : Math.min(0.1, (now - lastFrame) / 1e9);
        lastFrame = now;
        recordSample();
        graph.redraw();
        figure.update(real);
        double per100 = model.steps() == 0 ? 0 : 100.0 / model.steps();
        counts.setText(Strings.format("walking.counts", model.steps(), fmt(model.pops() * per100),
                fmt(model.snaps() * per100), fmt(model.clicks() * per100)));
    }

    @Override
    public void recordSample() {
        double t = model.time();
        tilt.add(t, model.pelvicTilt(), WINDOW_S / (CAPACITY / 2.0));
        hip.add(t, model.hipFlexion(Side.RIGHT), WINDOW_S / (CAPACITY / 2.0));
    }

    @Override
    protected void onReset() {
        graph.clear();
    }

    /** In presenting: the walker and its graph. */
    @Override
    public List<Node> keyRegions() {
        return List.of(figure, graph);
    }

    private static String fmt(double v) {
        return String.format(Strings.locale(), "%.1f", v);
    }
}
