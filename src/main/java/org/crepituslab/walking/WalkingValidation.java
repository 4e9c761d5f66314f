package org.crepituslab.walking;

import java.util.ArrayList;
import java.util.List;
import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.facet.model.Side;
import org.crepituslab.framework.validation.Comparison;
import org.crepituslab.walking.model.Causes;
import org.crepituslab.walking.model.GaitEvent;
import org.crepituslab.walking.model.WalkingModel;

/** The walking screen's comparisons with normative gait data and with what the content claims. */
final class WalkingValidation {
    private static final String MODEL = "walking";
    private static final String GAIT = "normative gait (Perry; Crosbie et al. 1997)";
    private static final String CHOSEN = "key points chosen from the normative range";

    private WalkingValidation() {
    }

    /** One gait cycle sampled from a model walking with these causes. */
    private record Stats(double ic, double peakExtension, double peakFlexion, double tiltRange, double meanTilt,
            double meanMotion, int clickSteps, double clickSpread) {
        static Stats of(Causes c, int cycles) {
            WalkingModel m = new WalkingModel(1);
            m.setCauses(c);
            List<GaitEvent> clicks = new ArrayList<>();
            m.addListener(e -> {
                if (e.kind() == GaitEvent.Kind.CLICK) {
                    clicks.add(e);
                }
            });
            double ic = m.hipFlexion(Side.RIGHT);
            double ext = Double.MAX_VALUE;
            double flex = -Double.MAX_VALUE;
            double tMin = Double.MAX_VALUE;
            double tMax = -Double.MAX_VALUE;
            double tiltSum = 0;
            double motionSum = 0;
            long n = 0;
            while (m.steps() < cycles) {
                m.step(0.005);
                ext = Math.min(ext, m.hipFlexion(Side.RIGHT));
                flex = Math.max(flex, m.hipFlexion(Side.RIGHT));
                tMin = Math.min(tMin, m.pelvicTilt());
                tMax = Math.max(tMax, m.pelvicTilt());
                tiltSum += m.pelvicTilt();
                double motion = 0;
                for (LumbarLevel level : LumbarLevel.values()) {
                    motion += m.segmentMotion(level);
                }
                motionSum += motion / LumbarLevel.values().length;
                n++;
            }
            double lo = clicks.stream().mapToDouble(GaitEvent::gaitPercent).min().orElse(Double.NaN);
            double hi = clicks.stream().mapToDouble(GaitEvent::gaitPercent).max().orElse(Double.NaN);
            int steps = (int) clicks.stream().mapToLong(GaitEvent::step).distinct().count();
            return new Stats(ic, -ext, flex, tMax - tMin, tiltSum / n, motionSum / n, steps, hi - lo);
        }
    }

    static List<Comparison> run() {
        Stats d = Stats.of(Causes.DEFAULT, 3);
        Stats loose = Stats.of(Causes.DEFAULT.withTightness(0), 3);
        Stats tight = Stats.of(Causes.DEFAULT.withTightness(1), 3);
        Stats core = Stats.of(Causes.DEFAULT.withCore(1), 3);
        int clickCycles = 100;
        Stats click = Stats.of(Causes.DEFAULT.withStructuralLevel(4), clickCycles);
        List<Comparison> rows = new ArrayList<>();
        rows.add(Comparison.within(MODEL, "hip flexion at initial contact", d.ic(), 20, 30, "\u00b0", GAIT, CHOSEN));
        rows.add(Comparison.within(MODEL, "peak hip extension, terminal stance", d.peakExtension(), 10, 20, "\u00b0",
                GAIT, CHOSEN));
        rows.add(Comparison.within(MODEL, "peak hip flexion, late swing", d.peakFlexion(), 30, 35, "\u00b0", GAIT, CHOSEN));
        rows.add(Comparison.within(MODEL, "pelvic tilt oscillation", d.tiltRange(), 2, 4, "\u00b0", GAIT, CHOSEN));
        rows.add(Comparison.within(MODEL, "mean anterior pelvic tilt", d.meanTilt(), 7, 13, "\u00b0", GAIT,
                "modelling constants chosen to sit in the normative range"));
        rows.add(Comparison.within(MODEL, "tight vs supple hip flexors: extra mean anterior tilt",
                tight.meanTilt() - loose.meanTilt(), 3, 10, "\u00b0", "the content's claim; compensation in 30\u201360 % of the cycle",
                "follows from modelling constants (tilt pull and compensation per degree of lost extension)"));
        rows.add(Comparison.within(MODEL, "tight vs supple hip flexors: lost peak extension",
                loose.peakExtension() - tight.peakExtension(), 3, 15, "\u00b0", "the content's claim",
                "modelling constant (extension lost at full tightness)"));
        rows.add(Comparison.within(MODEL, "structural click: share of steps with a click",
                100.0 * click.clickSteps() / clickCycles, 95, 100, "%", "the content: same spot, every step",
                "by construction (a click at a fixed gait phase)"));
        rows.add(Comparison.within(MODEL, "structural click: spread of its gait phase", click.clickSpread(), 0, 2,
                "% of cycle", "the content: same spot, every step", "by construction"));
        rows.add(Comparison.within(MODEL, "full core engagement: drop in mean segmental motion",
                100 * (1 - core.meanMotion() / d.meanMotion()), 30, 100, "%", "the content's claim",
                "modelling constant (share of motion the deep core removes)"));
        // the ten joints keep the facet screen's refractory period, as its gas law predicts it
        rows.add(Comparison.near(MODEL, "facet joint: time before the same joint can pop again",
                new WalkingModel().refractoryPeriod() / 60, 20, 0.25, "min", "Unsworth, Dowson & Wright 1971 (about 20 min)",
                "predicted by the facet screen's model (gas re-dissolving), not set for walking"));
        return rows;
    }
}
