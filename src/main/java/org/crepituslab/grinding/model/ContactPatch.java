package org.crepituslab.grinding.model;

/**
 * One contact patch of the moving surface: a mass tied by a spring (and a dashpot: cartilage is
 * viscoelastic) to the moving bone, pressed onto the rough fixed surface. It sticks while static
 * friction holds it and slips when the pull beats it; the load pressing on the local slope adds a
 * tangential force −N·h'(x) (the pressure acts normal to the surface, so this holds whether fluid
 * or solid carries the load; the slope is that of the two surfaces' relative height, see
 * {@link Topography}). A slip ends when friction brings the patch back to rest. Its energy is the
 * kinetic energy of the patch's jump relative to the bone, ½·m·u², u the largest forward speed
 * of the patch relative to the bone during the slip: the vibration the slip puts into the tissue.
 * A patch that glides along with the bone has u ≈ 0 and makes no sound, however long it slides.
 */
final class ContactPatch {
    final int index;
    /** Rest position relative to the moving bone's reference point, metres. */
    final double offset;
    final double mass;
    final double stiffness;
    final double damping;
    final double frequencyHz;

    double x;
    double v;
    boolean stuck;
    private double slipDir;
    private double peakRelativeSpeed;
    /** Time of this patch's last counted slip, for the view's flash; −∞ before any. */
    double lastSlipTime = Double.NEGATIVE_INFINITY;

    ContactPatch(int index, double offset, double mass, double stiffness, double dampingRatio) {
        this.index = index;
        this.offset = offset;
        this.mass = mass;
        this.stiffness = stiffness;
        this.damping = 2 * dampingRatio * Math.sqrt(stiffness * mass);
        this.frequencyHz = Math.sqrt(stiffness / mass) / (2 * Math.PI);
    }

    void reset(double boneX) {
        x = boneX + offset;
        v = 0;
        stuck = true;
        peakRelativeSpeed = 0;
        lastSlipTime = Double.NEGATIVE_INFINITY;
    }

    /** Tangential force the bone transmits to this patch: what a friction gauge would read. */
    double couplingForce(double boneX, double boneV) {
        return stiffness * (boneX + offset - x) + damping * (boneV - v);
    }

    /**
     * Advances one sub-step (semi-implicit Euler).
     *
     * @return the slip's energy if a slip ended in this sub-step (≥ 0), otherwise −1
     */
    double substep(double h, double boneX, double boneV, double load, double muKinetic, double muStatic,
                   Topography surfaces) {
        double applied = couplingForce(boneX, boneV) - load * surfaces.relativeSlope(x, boneX);
        if (stuck) {
            if (Math.abs(applied) <= muStatic * load) {
                return -1;
            }
            stuck = false;
            slipDir = Math.signum(applied);
            peakRelativeSpeed = 0;
        }
        double dir = v != 0 ? Math.signum(v) : Math.signum(applied);
        double vNew = v + (applied - dir * muKinetic * load) / mass * h;
        if (Math.signum(vNew) != dir) {
            // friction brought the patch to rest inside this sub-step: it sticks again
            v = 0;
            stuck = true;
            return 0.5 * mass * peakRelativeSpeed * peakRelativeSpeed;
        }
        v = vNew;
        x += v * h;
        peakRelativeSpeed = Math.max(peakRelativeSpeed, slipDir * (v - boneV));
        return -1;
    }
}
