package org.crepituslab.facet.model;

import static org.crepituslab.facet.model.FacetConstants.DENSITY;
import static org.crepituslab.facet.model.FacetConstants.DYNAMIC_RTOL;
import static org.crepituslab.facet.model.FacetConstants.MAX_DYNAMIC_TIME;
import static org.crepituslab.facet.model.FacetConstants.MIN_DYNAMIC_TIME;
import static org.crepituslab.facet.model.FacetConstants.POLYTROPIC;
import static org.crepituslab.facet.model.FacetConstants.P_ATM;
import static org.crepituslab.facet.model.FacetConstants.P_VAPOUR;
import static org.crepituslab.facet.model.FacetConstants.RECORD_RATE;
import static org.crepituslab.facet.model.FacetConstants.RT;
import static org.crepituslab.facet.model.FacetConstants.SETTLED_AMPLITUDE;
import static org.crepituslab.facet.model.FacetConstants.SURFACE_TENSION;
import static org.crepituslab.facet.model.FacetConstants.VISCOSITY;

/**
 * The fast phase of a pop: the Rayleigh–Plesset bubble in the joint, driven by the fluid pressure
 * that its own volume sets through the capsule's compliance, with gas coming out of solution into
 * it. State: R, Ṙ, the polytropic gas constant K = p_g·V^κ (gas added at body temperature raises K
 * by RT·V^(κ−1) per mole) and the moles of each gas in the bubble and in solution (integrated
 * separately, so the conservation check means something). Integrated adaptively and
 * sampled at a fixed rate for the replay and the sound; it hands back to the slow model once the
 * ringing has died away.
 */
final class BubbleDynamics implements DormandPrince.Ode {
    private static final int GASES = GasSpecies.COUNT;
    private static final int N = 3 + 2 * GASES;
    private static final double SAMPLE_DT = 1 / RECORD_RATE;
    private static final int CAPACITY = (int) Math.ceil(MAX_DYNAMIC_TIME * RECORD_RATE) + 2;
    /** With no turning point of the radius for this long, the motion is no longer a ringing. */
    private static final double QUIET_TIME = 5e-3;

    private final DormandPrince solver;
    private final double[] resting;
    private final double[] dissolvedTmp = new double[GASES];
    private final double[] bubbleTmp = new double[GASES];
    private final double[] rateTmp = new double[GASES];
    private final double[] y0 = new double[N];
    private final double[] recR = new double[CAPACITY];
    private final double[] recV = new double[CAPACITY];
    private final double[] recA = new double[CAPACITY];
    private final double[] recP = new double[CAPACITY];
    private double boost;
    private double pullTime;
    private double pull;
    private double pullVelocity;
    private double startTime;
    private int count;
    private double lastMax;
    private double lastMin;
    private double lastTurn;
    private double previousVelocity;

    BubbleDynamics(double[] resting) {
        this.resting = resting;
        double[] atol = new double[N];
        atol[0] = 1e-9;
        atol[1] = 1e-6;
        for (int i = 2; i < N; i++) {
            atol[i] = 1e-15;
        }
        solver = new DormandPrince(N, this, y -> y[0] > 0 && y[2] > 0, DYNAMIC_RTOL, atol);
    }

    /**
     * Starts at rest at the given radius with the given gas pressure (Pa) and gas amounts in the
     * bubble and in solution (mol, copied) at simulated time t.
     */
    void start(double t, double radius, double gasPressure, double[] bubbleGas, double[] dissolved,
               double exchangeBoost) {
        boost = exchangeBoost;
        double v = RayleighPlesset.volume(radius);
        y0[0] = radius;
        y0[1] = 0;
        y0[2] = gasPressure * Math.pow(v, POLYTROPIC);
        System.arraycopy(bubbleGas, 0, y0, 3, GASES);
        System.arraycopy(dissolved, 0, y0, 3 + GASES, GASES);
        solver.setAbsoluteTolerance(2, 1e-9 * y0[2]);
        solver.reset(t, y0, 1e-8);
        startTime = t;
        count = 0;
        lastMax = Double.NaN;
        lastMin = Double.NaN;
        lastTurn = 0;
        previousVelocity = 0;
        record();
    }

    /** The pull follows pull + velocity·(t − time) until told otherwise. */
    void setPull(double time, double pullNow, double velocity) {
        pullTime = time;
        pull = pullNow;
        pullVelocity = velocity;
    }

    /** Integrates to tEnd or until the ringing has settled; returns true once settled. */
    boolean advance(double tEnd) {
        while (true) {
            double nextSample = startTime + count * SAMPLE_DT;
            double target = Math.min(tEnd, nextSample);
            if (!solver.step(target)) {
                throw new IllegalStateException("bubble integration stalled: " + solver);
            }
            if (solver.time() == nextSample) {
                record();
                if (settled()) {
                    return true;
                }
            }
            if (solver.time() >= tEnd) {
                return false;
            }
        }
    }

    private void record() {
        double[] y = solver.state();
        double[] dy = solver.derivative();
        if (count < CAPACITY) {
            recR[count] = y[0];
            recV[count] = y[1];
            recA[count] = dy[1];
            recP[count] = JointMechanics.gaugePressure(RayleighPlesset.volume(y[0]), pullAt(solver.time()));
            count++;
        }
        double v = y[1];
        double t = solver.time() - startTime;
        if (previousVelocity > 0 && v <= 0) {
            lastMax = y[0];
            lastTurn = t;
        } else if (previousVelocity < 0 && v >= 0) {
            lastMin = y[0];
            lastTurn = t;
        }
        previousVelocity = v;
    }

    private boolean settled() {
        double t = solver.time() - startTime;
        if (t >= MAX_DYNAMIC_TIME || count >= CAPACITY) {
            return true;
        }
        if (t < MIN_DYNAMIC_TIME) {
            return false;
        }
        if (t - lastTurn > QUIET_TIME) {
            return true;
        }
        return Math.abs(lastMax - lastMin) < SETTLED_AMPLITUDE * solver.state()[0];
    }

    private double pullAt(double t) {
        return pull + pullVelocity * (t - pullTime);
    }

    @Override
    public void derivatives(double t, double[] y, double[] dy) {
        double r = y[0];
        double rd = y[1];
        double v = RayleighPlesset.volume(r);
        double vk = Math.pow(v, POLYTROPIC);
        double gas = y[2] / vk;
        double farPressure = P_ATM + JointMechanics.gaugePressure(v, pullAt(t));
        dy[0] = rd;
        dy[1] = wallAcceleration(r, rd, gas, v, farPressure, pullAt(t));
        for (int i = 0; i < GASES; i++) {
            bubbleTmp[i] = Math.max(0, y[3 + i]);
            dissolvedTmp[i] = Math.max(0, y[3 + GASES + i]);
        }
        GasExchange.rates(r, t - startTime, dissolvedTmp, bubbleTmp, boost, rateTmp);
        double added = 0;
        for (int i = 0; i < GASES; i++) {
            dy[3 + i] = rateTmp[i];
            dy[3 + GASES + i] = -rateTmp[i];
            added += rateTmp[i];
        }
        dy[2] = RT * vk / v * added;
    }

    /**
     * R̈ of the bubble in the joint: Rayleigh–Plesset with the surfaces' inertia and the tissue's
     * resistance ({@link SurfaceMotion}) and the thermal and radiation losses ({@link BubbleDamping}) added:
     * ρ(RR̈ + 3/2·Ṙ²) + I_f·V̈ = p_v + p_g − p_joint − 2σ/R − 4(μ + μ_th + μ_rad)Ṙ/R − R_f·V̇.
     */
    static double wallAcceleration(double r, double rd, double gas, double v, double farPressure, double pull) {
        double inertance = SurfaceMotion.INERTANCE;
        double resistance = SurfaceMotion.RESISTANCE;
        double omega = ringingFrequency(r, gas, v, pull, inertance);
        double mu = VISCOSITY + BubbleDamping.thermal(r, gas, omega) + BubbleDamping.radiation(r, omega);
        double area = 4 * Math.PI * r * r;
        double drive = P_VAPOUR + gas - farPressure - 2 * SURFACE_TENSION / r - 4 * mu * rd / r
                - resistance * area * rd;
        return (drive - 1.5 * DENSITY * rd * rd - inertance * 8 * Math.PI * r * rd * rd)
                / (DENSITY * r + inertance * area);
    }

    /** Angular frequency the bubble rings at now: √(stiffness/inertance) in volume terms. */
    static double ringingFrequency(double r, double gas, double v, double pull, double surfaceInertance) {
        double stiffness = POLYTROPIC * gas / v + JointMechanics.stiffness(v, pull);
        double inertance = DENSITY / (4 * Math.PI * r) + surfaceInertance;
        return Math.sqrt(Math.max(0, stiffness) / inertance);
    }

    double time() {
        return solver.time();
    }

    double radius() {
        return solver.state()[0];
    }

    /** Moles of gas i in the bubble now. */
    double gas(int i) {
        return solver.state()[3 + i];
    }

    /** Moles of gas i in solution now. */
    double dissolved(int i) {
        return solver.state()[3 + GASES + i];
    }

    /** Gauge pressure of the fluid now, Pa. */
    double fluidPressure() {
        return JointMechanics.gaugePressure(RayleighPlesset.volume(radius()), pullAt(solver.time()));
    }

    PopTrace trace() {
        return new PopTrace(SAMPLE_DT, DENSITY, recR, recV, recA, recP, count);
    }
}
