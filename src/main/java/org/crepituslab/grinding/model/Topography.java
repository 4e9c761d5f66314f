package org.crepituslab.grinding.model;

/**
 * The two rough surfaces facing each other: the fixed one (profiled in the joint's frame) and the
 * moving one (profiled in the moving bone's frame). A contact feels their relative height
 * h_L(x) + h_U(x − x_bone): the usual tribology picture in which only the composite roughness
 * matters, so each surface gets the composite RMS roughness divided by √2.
 */
public final class Topography {
    private final SurfaceProfile lower;
    private final SurfaceProfile upper;
    private double compositeRoughness;
    private double perSurface;

    Topography(long seed) {
        lower = new SurfaceProfile(seed, GrindingConstants.LOWER_SURFACE_HALF_WIDTH_M,
                GrindingConstants.PROFILE_GRID_M, GrindingConstants.ROUGHNESS_CORRELATION_M);
        upper = new SurfaceProfile(seed ^ 0x5DEECE66DL, GrindingConstants.UPPER_SURFACE_WIDTH_M / 2 + 1e-3,
                GrindingConstants.PROFILE_GRID_M, GrindingConstants.ROUGHNESS_CORRELATION_M);
    }

    void setCompositeRoughness(double rms) {
        compositeRoughness = rms;
        perSurface = rms / Math.sqrt(2);
    }

    public double compositeRoughness() {
        return compositeRoughness;
    }

    /** Height of the fixed surface at joint position x, metres (positive = towards the other bone). */
    public double lowerHeight(double x) {
        return lower.height(x, perSurface);
    }

    /** Height of the moving surface at position u on that bone, metres (positive = towards the other bone). */
    public double upperHeight(double u) {
        return upper.height(u, perSurface);
    }

    /**
     * ∂/∂x of the relative height felt by a contact at joint position x when the moving bone is at
     * boneX (lower height at x plus upper height at x − boneX): the local slope the load pushes the
     * contact down.
     */
    double relativeSlope(double x, double boneX) {
        return lower.slope(x, perSurface) + upper.slope(x - boneX, perSurface);
    }
}
