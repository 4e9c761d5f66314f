package org.crepituslab.manipulation.view;

import java.util.ArrayList;
import java.util.List;
import org.crepituslab.framework.CaptionBar;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.audio.AudioOut;
import org.crepituslab.manipulation.model.JointId;
import org.crepituslab.manipulation.model.ManipulationModel;
import org.crepituslab.manipulation.model.SpinePop;
import org.crepituslab.manipulation.model.Thrust;
import org.crepituslab.manipulation.model.ThrustOutcome;
import org.crepituslab.manipulation.sound.VolleySound;

/**
 * What the spine drawing shows: the live thrust (the model's pulls and the pops heard so far), or a
 * replay of the last thrust, as it happened or slowed down, its pops marked one by one as the
 * replay reaches them and heard at the same pace (each pop keeps its own sound).
 */
final class PopReplay implements SpineScene {
    /** How much the slow replay stretches time. */
    static final double SLOWDOWN = 20;
    /** How long the latest pop stays highlighted, in seconds of the thrust. */
    private static final double HIGHLIGHT_S = 0.03;
    private final ManipulationModel model;
    private final CaptionBar captions;
    private ThrustOutcome replaying;
    private double replayT;
    private double slowdown = 1;

    PopReplay(ManipulationModel model, CaptionBar captions) {
        this.model = model;
        this.captions = captions;
    }

    boolean isReplaying() {
        return replaying != null;
    }

    /** Replays the last thrust, slowed down by the factor (1 = as it happened). */
    void replay(double factor) {
        ThrustOutcome last = model.lastThrust();
        if (last == null) {
            captions.show(Strings.get("manipulation.caption.noThrust"));
            return;
        }
        replaying = last;
        replayT = 0;
        slowdown = factor;
        List<SpinePop> pops = last.pops();
        AudioOut.shared().play(() -> VolleySound.of(pops, factor));
        captions.show(Strings.format(factor > 1 ? "manipulation.caption.slowReplay" : "manipulation.caption.replay",
                pops.size(), order(pops), String.format(Strings.locale(), "%.0f", factor)));
    }

    /** Moves the replay on by real seconds; it ends after the thrust and its release. */
    void advance(double realDt) {
        if (replaying == null) {
            return;
        }
        replayT += realDt / slowdown;
        if (replayT > Thrust.totalDuration()) {
            replaying = null;
        }
    }

    void stop() {
        replaying = null;
    }

    /** The moment of the thrust shown now, s after it began (infinite before the first thrust). */
    double shownTime() {
        return replaying == null ? model.sinceThrust() : replayT;
    }

    @Override
    public double pull(JointId joint) {
        return replaying == null ? model.pull(joint) : replaying.pull(joint, replayT);
    }

    @Override
    public List<SpinePop> marked() {
        if (replaying == null) {
            return model.lastPops();
        }
        List<SpinePop> shown = new ArrayList<>();
        for (SpinePop p : replaying.pops()) {
            if (p.time() <= replayT) {
                shown.add(p);
            }
        }
        return shown;
    }

    @Override
    public SpinePop latest() {
        List<SpinePop> shown = marked();
        if (shown.isEmpty()) {
            return null;
        }
        SpinePop last = shown.get(shown.size() - 1);
        return shownTime() - last.time() < HIGHLIGHT_S ? last : null;
    }

    /** "L5-S1 right, L5-S1 left, L4-L5 right …" in the order they popped. */
    static String order(List<SpinePop> pops) {
        List<String> names = new ArrayList<>();
        for (SpinePop p : pops) {
            names.add(JointNames.of(p.joint()));
        }
        return names.isEmpty() ? Strings.get("manipulation.caption.none") : String.join(", ", names);
    }
}
