package org.crepituslab.grinding.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The soft tissue at one edge of the moving surface (the capsule's rim), tied elastically to the
 * moving bone. Where it meets a bone spur it is held until the pull exceeds the spur's catch
 * force, then it springs free: a catch, releasing the elastic energy stored while it was held.
 */
final class MarginRim {
    final int index;
    /** +1 right edge, −1 left edge. */
    final int side;
    /** Rest position relative to the moving bone's reference point. */
    final double offset;
    final double mass;
    final double stiffness;
    final double damping;
    final double frequencyHz;

    double x;
    double v;
    private final List<Spur> spurs = new ArrayList<>();
    private boolean[] armed = new boolean[0];
    private int held = -1;
    private double heldDir;

    MarginRim(int index, int side, double offset) {
        this.index = index;
        this.side = side;
        this.offset = offset;
        this.mass = GrindingConstants.RIM_MASS_KG;
        this.stiffness = GrindingConstants.RIM_STIFFNESS_N_PER_M;
        this.damping = 2 * GrindingConstants.RIM_DAMPING_RATIO * Math.sqrt(stiffness * mass);
        this.frequencyHz = Math.sqrt(stiffness / mass) / (2 * Math.PI);
    }

    void reset(double boneX) {
        x = boneX + offset;
        v = 0;
        held = -1;
        Arrays.fill(armed, true);
    }

    /** Replaces this side's spurs (a released hold is dropped without an event). */
    void setSpurs(List<Spur> sideSpurs) {
        spurs.clear();
        spurs.addAll(sideSpurs);
        armed = new boolean[spurs.size()];
        Arrays.fill(armed, true);
        held = -1;
    }

    boolean isHeld() {
        return held >= 0;
    }

    /** How far the rim is pulled from its rest place on the bone, metres (positive = lagging right). */
    double deflection(double boneX) {
        return x - (boneX + offset);
    }

    /** Force the rim passes to the moving bone now (zero at rest), newtons. */
    double couplingForce(double boneX, double boneV) {
        return stiffness * (boneX + offset - x) + damping * (boneV - v);
    }

    /**
     * Advances one sub-step.
     *
     * @return the energy released if the rim sprang free of a spur in this sub-step, otherwise −1
     */
    double substep(double h, double boneX, double boneV) {
        double stretch = boneX + offset - x;
        double force = stiffness * stretch + damping * (boneV - v);
        if (held >= 0) {
            double pull = force * heldDir;
            if (pull > spurs.get(held).catchForceN()) {
                armed[held] = false;
                held = -1;
                return 0.5 * stiffness * stretch * stretch;
            }
            if (pull < 0) {
                // pulled back the way it came: it leaves the spur without riding over it
                held = -1;
            }
            return -1;
        }
        double vNew = v + force / mass * h;
        double xNew = x + vNew * h;
        int hit = -1;
        double nearest = Double.POSITIVE_INFINITY;
        for (int j = 0; j < spurs.size(); j++) {
            double p = spurs.get(j).positionM();
            boolean crosses = (x < p && xNew >= p) || (x > p && xNew <= p);
            if (armed[j] && crosses && Math.abs(p - x) < nearest) {
                nearest = Math.abs(p - x);
                hit = j;
            }
        }
        if (hit >= 0) {
            heldDir = Math.signum(xNew - x);
            held = hit;
            x = spurs.get(hit).positionM();
            v = 0;
            return -1;
        }
        x = xNew;
        v = vNew;
        for (int j = 0; j < spurs.size(); j++) {
            if (!armed[j] && Math.abs(x - spurs.get(j).positionM()) > GrindingConstants.SPUR_REARM_DISTANCE_M) {
                armed[j] = true;
            }
        }
        return -1;
    }
}
