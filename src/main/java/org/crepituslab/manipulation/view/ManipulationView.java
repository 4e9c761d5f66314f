package org.crepituslab.manipulation.view;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.Themes;
import org.crepituslab.framework.audio.AudioOut;
import org.crepituslab.manipulation.model.FacetParts;
import org.crepituslab.manipulation.model.ManipulationModel;
import org.crepituslab.manipulation.model.SpinePop;
import org.crepituslab.manipulation.model.ThrustOutcome;
import org.crepituslab.manipulation.sound.VolleySound;

/**
 * Manipulation: the spine with its ten joints, the last thrust's pops in time, the weeks plot and the counts; the controls and the
 * teaching text on the right. A thrust plays its volley of pops as it happens, each pop captioned
 * with where and when it came; the replays show it again, as it happened or slowed down.
 */
public final class ManipulationView extends ScreenView {
    /** Height of the graph column, in multiples of the font size, below which the time line is left out. */
    private static final double MIN_COLUMN_EMS = 24;
    private final ManipulationModel model;
    private final PopReplay replay;
    private final SpineCanvas spine;
    private final WeeksPlot weeks;
    private final ThrustTimeline timeline;
    private final Label counts = new Label();
    private long lastFrame = -1;
    private final VBox graphs;

    public ManipulationView(ManipulationModel model) {
        super(model);
        this.model = model;
        replay = new PopReplay(model, captions());
        spine = new SpineCanvas(model, replay);
        weeks = new WeeksPlot(model);
        timeline = new ThrustTimeline(replay);
        counts.setId("manipulation-counts");
        counts.setWrapText(true);
        counts.setMinHeight(Region.USE_PREF_SIZE);
        VBox graphs = new VBox(6, timeline, weeks);
        VBox.setVgrow(weeks, Priority.ALWAYS);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        weeks.setMaxHeight(Double.MAX_VALUE);
        timeline.setMaxHeight(Double.MAX_VALUE);
        // a short column (a small window, large text) keeps one graph: the weeks plot once weeks
        // have been run, otherwise the last thrust's time line, so the graph shown is never empty
        // while the other has something to show
        this.graphs = graphs;
        graphs.heightProperty().addListener((o, a, b) -> fitGraphs());
        HBox pictures = new HBox(6, spine, graphs);
        HBox.setHgrow(spine, Priority.ALWAYS);
        HBox.setHgrow(graphs, Priority.ALWAYS);
        spine.setMaxHeight(Double.MAX_VALUE);
        VBox play = new VBox(6, pictures, counts);
        play.setStyle("-fx-padding: 0.5em;");
        VBox.setVgrow(pictures, Priority.ALWAYS);
        layoutStandard(play, ManipulationControls.create(model, new ManipulationControls.Actions() {
            @Override
            public void thrust() {
                replay.stop();
                model.thrust();
            }

            @Override
            public void replay(double slowdown) {
                replay.replay(slowdown);
            }

            @Override
            public void runWeeks() {
                model.runSchedule();
                captions().show(Strings.format("manipulation.caption.weeks", model.weeks().size(),
                        fmt(model.readout("popsPerDay")), fmt(100 * model.readout("instability"))));
                step(0);
            }

            @Override
            public void setOblique(boolean on) {
                spine.setOblique(on);
            }
        }));
        // the refractory period and the pop's sound each take a fraction of a second to simulate:
        // do it now, off the FX thread, rather than on the first thrust
        Thread warmUp = new Thread(() -> {
            FacetParts.refractoryPeriod();
            VolleySound.singlePop();
        }, "manipulation-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        keep(model.thrusts().addListener(this::onThrust));
        keep(model.pops().addListener(this::onPop));
        step(0);
    }

    private void fitGraphs() {
        boolean room = graphs.getHeight() >= Themes.fontPx() * MIN_COLUMN_EMS;
        boolean weeksRun = !model.weeks().isEmpty();
        show(timeline, room || !weeksRun);
        show(weeks, room || weeksRun);
    }

    private static void show(Node node, boolean on) {
        if (node.isVisible() != on) {
            node.setVisible(on);
            node.setManaged(on);
        }
    }

    private void onThrust(ThrustOutcome outcome) {
        List<SpinePop> pops = outcome.pops();
        AudioOut.shared().play(() -> VolleySound.of(pops, 1));
        String target = outcome.target() == null ? Strings.get("manipulation.caption.wholeSpine")
                : outcome.target().label();
        captions().show(Strings.format("manipulation.caption.thrust",
                Strings.get("manipulation.technique." + outcome.technique().label()), target));
    }

    private void onPop(SpinePop pop) {
        captions().show(Strings.format("manipulation.caption.pop", model.popsLastThrust(), JointNames.of(pop.joint()),
                String.format(Strings.locale(), "%.0f", pop.time() * 1e3)));
    }

    @Override
    public void step(double dt) {
        long now = System.nanoTime();
        double real = lastFrame < 0 ? 0 : Math.min(0.1, (now - lastFrame) / 1e9);
        lastFrame = now;
        replay.advance(real);
        fitGraphs();
        spine.redraw();
        timeline.redraw();
        weeks.redraw();
        counts.setText(countsText());
    }

    private String countsText() {
        ThrustOutcome last = model.lastThrust();
        if (last != null && last.target() == null) {
            return Strings.format("manipulation.counts.twist", model.popsLastThrust(), model.popCount(),
                    model.thrustCount(), (long) model.readout("readyJoints"));
        }
        long away = last == null ? 0 : model.lastPops().stream()
                .filter(p -> p.joint().level() != last.target()).count();
        return Strings.format("manipulation.counts", model.popsLastThrust(), away, model.popCount(), model.thrustCount(),
                (long) model.readout("readyJoints"));
    }

    @Override
    protected void onReset() {
        replay.stop();
    }

    /** In presenting: the spine and the graph shown (the weeks plot once weeks have run, else the thrust time line). */
    @Override
    public List<Node> keyRegions() {
        // the graph column keeps one graph when it is short (see fitGraphs): whichever is shown
        return List.of(spine, weeks.isVisible() ? weeks : timeline);
    }

    private static String fmt(double v) {
        return String.format(Strings.locale(), "%.0f", v);
    }
}
