package org.crepituslab.grinding.view;

import javafx.scene.Node;
import org.crepituslab.framework.LatestJob;
import org.crepituslab.framework.LiveScrollPane;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.scene.control.ScrollPane;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.TimeSeries;
import org.crepituslab.framework.plot.TimeSeriesGraph;
import org.crepituslab.grinding.model.FrictionHistory;
import org.crepituslab.grinding.model.FrictionSample;
import org.crepituslab.grinding.model.GrindEvent;
import org.crepituslab.grinding.model.GrindingModel;
import org.crepituslab.grinding.model.WearStage;
import org.crepituslab.grinding.sound.GrindSound;
import org.crepituslab.grinding.sound.SoundCharacter;
import org.crepituslab.grinding.sound.SoundLevel;
import org.crepituslab.grinding.sound.Spectrum;
import org.crepituslab.framework.audio.AudioOut;
import org.crepituslab.sound.Pcm;

/**
 * The grinding screen: the joint in cross-section, the spectrum of its sound beside a clean pop's,
 * the live friction graph and the event raster, with wear and spur controls on the right. The view
 * only draws and forwards input; what it shows is read from the model each frame.
 */
public final class GrindingView extends ScreenView {
    /** Shortest stretch of movement whose sound is analysed, seconds. */
    private static final double MIN_SOUND_S = 0.1;
    /** Seconds of history shown by the friction graph and the raster. */
    static final double WINDOW_S = 5;
    /** How often the spectrum of the last second is recomputed, seconds of model time. */
    private static final double SPECTRUM_EVERY_S = 0.25;
    /** Simulated seconds between readout updates while running. */
    private static final double READOUTS_EVERY_S = 0.25;
    /** Spur catches are captioned at most this often (seconds of model time). */
    private static final double CATCH_CAPTION_EVERY_S = 2;

    private final GrindingModel model;
    private final Supplier<Pcm> referencePop;
    private final JointCanvas joint;
    private final EventRaster raster;
    private final SpectrumPanel spectrum = new SpectrumPanel();
    private double readoutsAt = Double.NEGATIVE_INFINITY;
    private final LatestJob spectrumJob = new LatestJob("grinding-spectrum");
    private final TimeSeriesGraph graph;
    private final TimeSeries measured;
    private final TimeSeries law;
    private final GrindingControls controls;
    private final PlayArea area;
    private double graphedUntil = -1;
    private double spectrumAt = Double.NEGATIVE_INFINITY;
    private double lastCatchCaption = Double.NEGATIVE_INFINITY;
    private WearStage shownStage;
    private SoundCharacter soundCharacter;
    /** Model time of the last full redraw, and whether a setting changed since. */
    private double drawnAt = Double.NaN;
    private boolean dirty = true;

    public GrindingView(GrindingModel model, Supplier<Pcm> referencePop) {
        super(model);
        this.model = model;
        this.referencePop = referencePop;
        joint = new JointCanvas(model);
        raster = new EventRaster(model, WINDOW_S);
        graph = new TimeSeriesGraph(Strings.get("grinding.graph.friction"), Strings.get("grinding.graph.friction.unit"),
                WINDOW_S);
        graph.setId("grinding-friction-graph");
        graph.setFixedRange(0, 0.4);
        measured = graph.addSeries(Strings.get("grinding.graph.friction.measured"), 800);
        law = graph.addSeries(Strings.get("grinding.graph.friction.law"), 800);
        controls = new GrindingControls(model, this);

        area = new PlayArea(joint, spectrum, graph, raster);
        area.setId("grinding-play");
        for (javafx.scene.layout.Region r : List.of(joint, spectrum, graph, raster)) {
            r.setMinSize(0, 0);
        }
        ScrollPane play = new LiveScrollPane(area);
        play.setFitToWidth(true);
        play.setFitToHeight(true);
        play.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        layoutStandard(play, controls.node());

        keep(model.events().addListener(this::onEvent));
        keep(spectrumJob::cancel);
        // paused, the readouts show the moment the graphs stop at
        clock().playingProperty().addListener((o, was, playing) -> {
            if (!playing) {
                controls.update();
            }
        });
        model.wearProperty().addListener((o, a, b) -> announceStage());
        javafx.beans.InvalidationListener changed = o -> dirty = true;
        model.wearProperty().addListener(changed);
        model.spursProperty().addListener(changed);
        model.spurSizeProperty().addListener(changed);
        shownStage = model.stage();
        step(0);
    }

    @Override
    public void step(double dt) {
        double now0 = model.time();
        if (dt == 0 && !dirty && now0 == drawnAt) {
            // paused and nothing changed: leave the canvases alone so the scene need not re-render
            return;
        }
        dirty = false;
        drawnAt = now0;
        feedGraph();
        graph.redraw();
        double now = model.time();
        if (now < spectrumAt || now - spectrumAt >= SPECTRUM_EVERY_S || spectrumAt == Double.NEGATIVE_INFINITY) {
            refreshSpectrum(now);
        }
        joint.redraw();
        raster.redraw();
        // while it runs, the readouts change every frame (thousands of slips): read at four a second
        // they can be read, and each change repaints its part of the panel; paused or stepped, at once
        if (!isLive() || now < readoutsAt || now - readoutsAt >= READOUTS_EVERY_S) {
            readoutsAt = now;
            controls.update();
        }
    }

    private void feedGraph() {
        FrictionHistory h = model.history();
        if (h.size() == 0) {
            return;
        }
        double newest = h.last().timeS();
        if (newest < graphedUntil) {
            measured.clear();
            law.clear();
            graphedUntil = -1;
        }
        double from = Math.max(graphedUntil, newest - WINDOW_S);
        int i = h.size() - 1;
        while (i > 0 && h.get(i - 1).timeS() > from) {
            i--;
        }
        for (; i < h.size(); i++) {
            FrictionSample s = h.get(i);
            if (s.timeS() > graphedUntil) {
                measured.add(s.timeS(), s.frictionCoefficient());
                law.add(s.timeS(), s.lawFriction());
            }
        }
        graphedUntil = newest;
    }

    private void refreshSpectrum(double now) {
        spectrumAt = now;
        if (spectrum.isEmptyPop()) {
            spectrum.setPop(Spectrum.of(referencePop.get().samples(), Pcm.RATE, false));
        }
        List<GrindEvent> recent = model.eventLog().between(now - 1, now);
        // every moving joint makes some sound, a healthy one too: only a joint that has not moved is silent
        if (now < MIN_SOUND_S) {
            spectrum.setGrind(null, Double.NEGATIVE_INFINITY);
        } else {
            // the sound and its spectrum take several milliseconds: while frames are running they are
            // made in the background from a copy of the last second's contact force and shown a
            // moment later; paused, stepped or pictured (no frame to keep), at once
            GrindSound.ForceWindow last = GrindSound.captureLast(model, 1.0);
            Callable<Heard> work = () -> {
                Pcm pcm = last.limitedSound();
                return new Heard(Spectrum.of(pcm.samples(), pcm.sampleRate(), true), SoundLevel.rmsDb(pcm));
            };
            if (isLive()) {
                spectrumJob.submit(work, heard -> spectrum.setGrind(heard.spectrum(), heard.levelDb()));
            } else {
                spectrumJob.cancel();
                Heard heard = heardNow(work);
                spectrum.setGrind(heard.spectrum(), heard.levelDb());
            }
        }
        joint.describe();
        SoundCharacter heard = SoundCharacter.of(recent, 1.0);
        if (soundCharacter != null && heard != soundCharacter) {
            captions().show(Strings.get("grinding.caption.state." + heard.key()));
        }
        soundCharacter = heard;
    }

    private void onEvent(GrindEvent e) {
        if (e.kind() == GrindEvent.Kind.CATCH && e.timeS() - lastCatchCaption >= CATCH_CAPTION_EVERY_S) {
            lastCatchCaption = e.timeS();
            captions().show(Strings.format("grinding.caption.catch",
                    String.format(Strings.locale(), "%.1f", e.energyJ() * 1e3)));
        }
    }

    private void announceStage() {
        WearStage stage = model.stage();
        if (stage == shownStage) {
            return;
        }
        shownStage = stage;
        captions().show(Strings.format("grinding.caption.stage",
                String.format(Strings.locale(), "%.2f", model.wearProperty().get()),
                Strings.get("grinding.stage." + stage.key()),
                Math.round(model.fluidLoadFraction() * 100),
                String.format(Strings.locale(), "%.2f", model.kineticFriction())));
    }

    /** Plays the last two seconds of this joint and says what it sounds like. */
    void listen() {
        Pcm pcm = GrindSound.lastSeconds(model, 2.0);
        double to = model.time();
        List<GrindEvent> recent = model.eventLog().between(to - 2, to);
        long slips = recent.stream().filter(e -> e.kind() == GrindEvent.Kind.SLIP).count();
        long catches = recent.size() - slips;
        SoundCharacter c = SoundCharacter.of(recent, 2.0);
        String text = Strings.format("grinding.caption.listen." + c.key(), slips);
        if (catches > 0) {
            text += Strings.format("grinding.caption.listen.catch", catches);
        }
        captions().show(text);
        if (pcm.samples().length > 0) {
            AudioOut.shared().play(pcm);
        }
    }

    void listenPop() {
        captions().show(Strings.get("grinding.caption.pop"));
        AudioOut.shared().play(referencePop.get());
    }

    /** A new seeded surface; the graph starts again with the run. */
    void newSurface() {
        model.setSeed(model.seed() + 1);
        clearTraces();
        step(0);
        captions().show(Strings.format("grinding.newSurface.done", model.seed()));
    }

    @Override
    protected void onReset() {
        clearTraces();
        shownStage = model.stage();
        soundCharacter = null;
    }

    private void clearTraces() {
        dirty = true;
        graph.clear();
        graphedUntil = -1;
        spectrumAt = Double.NEGATIVE_INFINITY;
        lastCatchCaption = Double.NEGATIVE_INFINITY;
    }

    GrindingModel grindingModel() {
        return model;
    }

    JointCanvas joint() {
        return joint;
    }

    EventRaster raster() {
        return raster;
    }

    /** Frames are running with time moving (not paused, stepped, or rendered for a picture). */
    private boolean isLive() {
        return clock().isRunning() && clock().playingProperty().get();
    }

    private static Heard heardNow(Callable<Heard> work) {
        try {
            return work.call();
        } catch (Exception e) {
            throw new IllegalStateException("the spectrum could not be worked out", e);
        }
    }

    /** The last second's sound as the spectrum panel shows it. */
    private record Heard(Spectrum spectrum, double levelDb) {
    }

    SpectrumPanel spectrum() {
        return spectrum;
    }

    TimeSeriesGraph frictionGraph() {
        return graph;
    }

    GrindingControls controls() {
        return controls;
    }

    /** In presenting: the joint drawing and the spectrum (the graph of what the grinding sounds like). */
    @Override
    protected void onPresenting(boolean on) {
        area.setCompact(on);
    }

    @Override
    public List<Node> keyRegions() {
        return List.of(joint, spectrum);
    }
}
