package org.crepituslab.walking.model;

import org.crepituslab.facet.model.FacetConstants;
import org.crepituslab.facet.model.Joint;
import org.crepituslab.facet.model.JointMechanics;

/**
 * What the walking screen takes from the facet-joint screen's model: the pull at which a rested
 * joint's fluid reaches the nucleation threshold (the pop), the strain energy the stretched joint
 * holds at that moment, and the refractory period the joint's gas law predicts after a pop. The
 * refractory period is not a constant here: the facet model's joint is given its standard stretch
 * once, pops, is let go, and its own projection of the re-dissolving bubble says how long until it
 * can pop again (about 20 minutes at the fluid shear rate of walking, which the facet model uses
 * by default). That run takes a moment, so it is made once and kept.
 */
public final class FacetRefractory {
    /** Longest simulated time the standard stretch may take to pop and be let go, s. */
    private static final double MAX_STRETCH_S = 10;
    private static final double STRETCH_DT = 0.01;
    private static volatile Double period;

    private FacetRefractory() {
    }

    /** Pull (gapping of the surfaces) at which a rested facet joint pops, m: the facet model's threshold. */
    public static double popPull() {
        return JointMechanics.pullForPressure(FacetConstants.NUCLEATION_THRESHOLD);
    }

    /**
     * Energy released by a pop, J: the strain energy of the joint held at the nucleation threshold,
     * ½·C·p², with C the joint's compliance under suction and p the threshold (about 3 mJ); the pop
     * lets the surfaces spring apart and gives it up.
     */
    public static double popEnergy() {
        double p = FacetConstants.NUCLEATION_THRESHOLD;
        return 0.5 * JointMechanics.COMPLIANCE_SUCTION * p * p;
    }

    /** Seconds after a pop before the joint can pop again, as the facet model predicts it. */
    public static double periodS() {
        Double p = period;
        if (p == null) {
            synchronized (FacetRefractory.class) {
                if (period == null) {
                    period = predict();
                }
                p = period;
            }
        }
        return p;
    }

    private static double predict() {
        Joint joint = new Joint();
        double[] popTime = {Double.NaN};
        joint.popEvents().addListener(e -> popTime[0] = e.time());
        joint.stretch().startStandard();
        while ((Double.isNaN(popTime[0]) || joint.stretch().isProgramRunning() || joint.stretch().pull() > 0)
                && joint.time() < MAX_STRETCH_S) {
            joint.advance(STRETCH_DT);
        }
        if (Double.isNaN(popTime[0])) {
            throw new IllegalStateException("the facet model's joint did not pop under its standard stretch");
        }
        return joint.time() - popTime[0] + joint.refractory().remaining();
    }
}
