package org.crepituslab.walking.view;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.audio.AudioOut;
import org.crepituslab.walking.model.GaitCycle;
import org.crepituslab.walking.model.GaitEvent;
import org.crepituslab.walking.model.StrideTally;
import org.crepituslab.walking.model.WalkingModel;
import org.crepituslab.walking.sound.WalkingSounds;

/**
 * Walking: the walker drawn from the model; hip and pelvis over the stride against the normative
 * bands; each lumbar level's movement; the last strides' sounds by gait phase and place; the rates
 * per 100 strides; and each pop, snap or click heard (where there is a sound device) and captioned
 * as it happens.
 */
public final class WalkingView extends ScreenView {
    /** Sounds closer together than this (real time) are captioned but not all played: at speed they would queue up. */
    private static final long MIN_SOUND_GAP_NS = 60_000_000L;
    private final WalkingModel model;
    private final WalkerCanvas figure;
    private final GaitCycleGraph cycleGraph;
    private final LevelBars bars;
    private final StepStrip strip;
    private final WalkingControls controls;
    private final Label counts = new Label();
    private final PlayArea play;
    private GaitCycle barsDrawnFor;
    private long lastFrame = -1;
    private long lastSound = System.nanoTime() - MIN_SOUND_GAP_NS;

    public WalkingView(WalkingModel model) {
        super(model);
        this.model = model;
        figure = new WalkerCanvas(model);
        cycleGraph = new GaitCycleGraph(model);
        bars = new LevelBars(model);
        strip = new StepStrip(model);
        controls = new WalkingControls(model);
        counts.setId("walking-counts");
        counts.setWrapText(true);
        counts.setMinHeight(Region.USE_PREF_SIZE);
        play = new PlayArea(figure, cycleGraph, bars, strip, counts);
        layoutStandard(play, controls.pane());
        keep(model.addListener(this::onEvent));
        step(0);
    }

    private void onEvent(GaitEvent e) {
        figure.flash(e.location());
        long minutes = Math.round(model.refractoryPeriod() / 60);
        captions().show(Strings.format("walking.event." + e.kind().label(), place(e), e.step() + 1, minutes));
        long now = System.nanoTime();
        if (now - lastSound >= MIN_SOUND_GAP_NS) {
            lastSound = now;
            AudioOut.shared().play(() -> WalkingSounds.of(e));
        }
    }

    /** Where the sound came from, in words: "L4-L5, left" or "right hip". */
    private static String place(GaitEvent e) {
        String side = Strings.get("walking.side." + e.side().label());
        return e.level() == null ? Strings.format("walking.place.hip", side)
                : Strings.format("walking.place.level", e.level().label(), side);
    }

    @Override
    public void step(double dt) {
        long now = System.nanoTime();
        double real = lastFrame < 0 ? 0 : Math.min(0.1, (now - lastFrame) / 1e9);
        lastFrame = now;
        controls.sync();
        figure.update(real);
        cycleGraph.update();
        if (model.cycle() != barsDrawnFor) {
            barsDrawnFor = model.cycle();
            bars.redraw();
        }
        strip.update();
        double per100 = model.steps() == 0 ? 0 : 100.0 / model.steps();
        StrideTally t = model.tally();
        String text = isPresenting()
                ? Strings.format("walking.counts.short", t.strides(), fmt(t.per100(GaitEvent.Kind.POP)),
                        fmt(t.per100(GaitEvent.Kind.SNAP)), fmt(t.per100(GaitEvent.Kind.CLICK)))
                : Strings.format("walking.counts", t.strides(), fmt(t.per100(GaitEvent.Kind.POP)),
                        fmt(t.per100(GaitEvent.Kind.SNAP)), fmt(t.per100(GaitEvent.Kind.CLICK)), model.steps(),
                        fmt(model.pops() * per100), fmt(model.snaps() * per100), fmt(model.clicks() * per100));
        // a new text lays the play area out again: only when it says something new
        if (!text.equals(counts.getText())) {
            counts.setText(text);
        }
    }

    /** Presenting: the walker, the stride graph and the strip, without the bars, fitting without scrolling. */
    @Override
    protected void onPresenting(boolean on) {
        play.setPresenting(on);
        step(0);
    }

    /** In presenting: the walker, the stride graph and the step strip. */
    @Override
    public List<Node> keyRegions() {
        return List.of(figure, cycleGraph, strip);
    }

    /** The step strip (tests look at what it shows). */
    StepStrip strip() {
        return strip;
    }

    /**
     * A rate per 100 strides as a reader would say it: whole numbers from 10 up (a window of 20
     * strides moves in steps of 5, so a decimal there is noise), one decimal below only when it
     * is not zero ("2.5", "0.4", but "5" and "0").
     */
    static String fmt(double v) {
        boolean whole = v >= 10 || Math.abs(v - Math.rint(v)) < 0.05;
        return String.format(Strings.locale(), whole ? "%.0f" : "%.1f", v);
    }
}
