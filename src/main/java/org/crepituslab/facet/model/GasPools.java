package org.crepituslab.facet.model;

import static org.crepituslab.facet.model.FacetConstants.BUBBLE_GONE_AMOUNT;
import static org.crepituslab.facet.model.FacetConstants.P_ATM;
import static org.crepituslab.facet.model.FacetConstants.P_VAPOUR;
import static org.crepituslab.facet.model.FacetConstants.RT;

import java.util.Arrays;

/**
 * Where the joint's gas is, per species: in the bubble or in solution. The joint is closed, so the
 * two pools of each gas always add up to what the fluid held at rest. Between pops the gas moves
 * slowly ({@link GasExchange}, stepped here); from nucleation until the ringing settles the fast
 * integrator carries the pools, and every read-out here follows it.
 */
public final class GasPools {
    private static final int GASES = GasSpecies.COUNT;
    private static final GasSpecies[] SPECIES = GasSpecies.values();

    private final double[] resting = new double[GASES];
    private final double[] totals = new double[GASES];
    private final double[] bubble = new double[GASES];
    private final double[] dissolved = new double[GASES];
    private final double[] rate1 = new double[GASES];
    private final double[] rate2 = new double[GASES];
    private final double[] mid = new double[GASES];
    private final double[] midDissolved = new double[GASES];
    private final double[] savedBubble = new double[GASES];
    private final double[] savedDissolved = new double[GASES];
    /** Speed-up of the exchange: 1 in the model (the busy benchmark state uses more). */
    private double boost;
    /** The fast integrator while it carries the pools (a pop's fast phase), else null. */
    private BubbleDynamics fast;

    GasPools() {
        for (int i = 0; i < GASES; i++) {
            resting[i] = SPECIES[i].restingAmount();
        }
        reset();
    }

    /** All gas back in solution at its resting amount; the default re-dissolution time. */
    void reset() {
        boost = 1;
        System.arraycopy(resting, 0, totals, 0, GASES);
        System.arraycopy(resting, 0, dissolved, 0, GASES);
        Arrays.fill(bubble, 0);
        fast = null;
    }

    /** A new fast integrator over these gases (it reads the resting amounts, never writes them). */
    BubbleDynamics newFastPhase() {
        return new BubbleDynamics(resting);
    }

    // --- read-outs ----------------------------------------------------------------------------------

    /** Moles of the gas in the bubble. */
    public double bubble(GasSpecies g) {
        return bubble(g.ordinal());
    }

    /** Moles of the gas in solution. */
    public double dissolved(GasSpecies g) {
        return dissolved(g.ordinal());
    }

    private double bubble(int i) {
        return fast != null ? fast.gas(i) : bubble[i];
    }

    private double dissolved(int i) {
        return fast != null ? fast.dissolved(i) : dissolved[i];
    }

    /** Moles of gas in the bubble, all species. */
    public double bubbleTotal() {
        double s = 0;
        for (int i = 0; i < GASES; i++) {
            s += bubble(i);
        }
        return s;
    }

    /** The gas's share of the bubble's gas (0 with no bubble). */
    public double bubbleShare(GasSpecies g) {
        double b = bubbleTotal();
        return b > 0 ? bubble(g) / b : 0;
    }

    /** Dissolved gas as a fraction of the resting amount. */
    public double dissolvedFraction() {
        double d = 0;
        double r = 0;
        for (int i = 0; i < GASES; i++) {
            d += dissolved(i);
            r += resting[i];
        }
        return d / r;
    }

    /** Moles of gas the fluid holds at rest, all species. */
    public double totalResting() {
        double r = 0;
        for (double v : resting) {
            r += v;
        }
        return r;
    }

    /** Gas missing from solution compared with rest, mol (equals the bubble's gas in a closed joint). */
    double dissolvedDeficit() {
        return totalResting() * (1 - dissolvedFraction());
    }

    /** Speed-up of the gas exchange (1 in the model). */
    double exchangeBoost() {
        return boost;
    }

    /** Makes the gas exchange faster (the busy benchmark state, where every stretch pops). */
    public void setExchangeBoost(double factor) {
        if (!(factor >= 1) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("exchange boost must be at least 1: " + factor);
        }
        boost = factor;
    }

    // --- the slow exchange between pops ---------------------------------------------------------------

    /** Longest safe slow sub-step for the exchange now, s (see {@link GasExchange#stepLimit}). */
    double stepLimit(double pressure, double volume, double sincePop) {
        return GasExchange.stepLimit(RayleighPlesset.radiusOfVolume(volume), sincePop, boost);
    }

    /** A bubble of the given volume, or gas that would form one. */
    boolean hasCavity(double volume) {
        return volume > 0 || bubbleTotal() > 0;
    }

    /**
     * Midpoint (RK2) step of the gas exchange over h seconds from the given time, the pull moving at
     * {@code velocity}; the bubble stays in mechanical equilibrium throughout.
     */
    void exchange(double h, double time, double lastPopTime, double pressure, double volume, double pull,
                  double velocity) {
        if (!(volume > 0)) {
            return;
        }
        GasExchange.rates(RayleighPlesset.radiusOfVolume(volume), time - lastPopTime, dissolved, bubble, boost, rate1);
        double bubbleMid = 0;
        boolean emptied = false;
        for (int i = 0; i < GASES; i++) {
            emptied |= bubble[i] + 0.5 * h * rate1[i] < 0;
            mid[i] = Math.max(0, bubble[i] + 0.5 * h * rate1[i]);
            midDissolved[i] = Math.max(0, dissolved[i] - 0.5 * h * rate1[i]);
            bubbleMid += mid[i];
        }
        double pullMid = pull + velocity * 0.5 * h;
        double vMid = JointMechanics.equilibriumVolume(bubbleMid, pullMid, volume);
        if (vMid > 0 && !emptied) {
            GasExchange.rates(RayleighPlesset.radiusOfVolume(vMid), time + 0.5 * h - lastPopTime, midDissolved, mid, boost, rate2);
        } else {
            // a gas would be gone from the bubble by mid-step: the start rates take it the rest of the way
            System.arraycopy(rate1, 0, rate2, 0, GASES);
        }
        for (int i = 0; i < GASES; i++) {
            double moved = h * rate2[i];
            // never move more than there is (keeps both pools non-negative and the sum exact)
            moved = Math.max(-bubble[i], Math.min(dissolved[i], moved));
            bubble[i] += moved;
            dissolved[i] -= moved;
        }
    }

    /** Lets a tiny bubble dissolve at once; returns the moles of gas left in the bubble. */
    double dissolveTinyBubble() {
        double gas = bubbleTotal();
        if (gas > 0 && gas < BUBBLE_GONE_AMOUNT) {
            for (int i = 0; i < GASES; i++) {
                dissolved[i] += bubble[i];
                bubble[i] = 0;
            }
            gas = 0;
        }
        return gas;
    }

    /** Remembers the pools, so a step can be redone up to the moment the threshold was crossed. */
    void save() {
        System.arraycopy(bubble, 0, savedBubble, 0, GASES);
        System.arraycopy(dissolved, 0, savedDissolved, 0, GASES);
    }

    void restore() {
        System.arraycopy(savedBubble, 0, bubble, 0, GASES);
        System.arraycopy(savedDissolved, 0, dissolved, 0, GASES);
    }

    /** Moles in the bubble when the pools were last saved. */
    double savedBubbleTotal() {
        double gas = 0;
        for (int i = 0; i < GASES; i++) {
            gas += savedBubble[i];
        }
        return gas;
    }

    // --- a pop ----------------------------------------------------------------------------------------

    /** Tribonucleation: a cavity of the given volume fills with gas at the fluid's gas tension. */
    void fillNucleus(double nucleusVolume) {
        for (int i = 0; i < GASES; i++) {
            double partial = SPECIES[i].tension() * dissolved[i] / resting[i];
            double moles = Math.min(dissolved[i], partial * nucleusVolume / RT);
            bubble[i] += moles;
            dissolved[i] -= moles;
        }
    }

    /** Starts the fast phase from these pools; until {@link #takeBack()} it carries them. */
    void handTo(BubbleDynamics dynamics, double time, double radius, double gasPressure) {
        dynamics.start(time, radius, gasPressure, bubble, dissolved, boost);
        fast = dynamics;
    }

    /** The fast phase is over: the pools are what it left. */
    void takeBack() {
        for (int i = 0; i < GASES; i++) {
            bubble[i] = Math.max(0, fast.gas(i));
            dissolved[i] = Math.max(0, fast.dissolved(i));
        }
        fast = null;
    }

    /** Null, or the first gas whose pools are negative or do not add up to its total. */
    String checkConservation() {
        for (int i = 0; i < GASES; i++) {
            double b = bubble(i);
            double d = dissolved(i);
            if (b < -1e-15 || d < -1e-15) {
                return SPECIES[i] + " amount negative: bubble " + b + ", dissolved " + d;
            }
            if (Math.abs(b + d - totals[i]) > 1e-9 * totals[i]) {
                return SPECIES[i] + " not conserved: bubble + dissolved = " + (b + d) + " mol, total " + totals[i];
            }
        }
        return null;
    }
}
