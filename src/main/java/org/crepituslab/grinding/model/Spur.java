package org.crepituslab.grinding.model;

/**
 * A bone spur (osteophyte) growing from the fixed bone's margin.
 *
 * @param positionM where it stands, metres along the joint (0 = the joint's centre)
 * @param sizeM     its height, metres; the force needed to ride over it grows with it
 * @param side      +1 on the right margin, −1 on the left
 */
public record Spur(double positionM, double sizeM, int side) {
    /** Force the tissue must build up before it slips over this spur, newtons. */
    public double catchForceN() {
        return GrindingConstants.SPUR_CATCH_FORCE_N_PER_M * sizeM;
    }
}
