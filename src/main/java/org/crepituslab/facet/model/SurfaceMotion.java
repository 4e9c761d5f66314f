package org.crepituslab.facet.model;

import static org.crepituslab.facet.model.FacetConstants.EFFECTIVE_AREA;
import static org.crepituslab.facet.model.FacetConstants.SURFACE_MASS;
import static org.crepituslab.facet.model.FacetConstants.TISSUE_LOSS_FACTOR;
import static org.crepituslab.facet.model.FacetConstants.TISSUE_STIFFNESS;

/**
 * The articular surfaces springing apart, seen from the bubble. While the fluid is under
 * tension the stretched tissue (stiffness k) holds the facets closer than the pull; once a cavity
 * relieves the tension they jump apart, and the bubble can only grow as fast as the surfaces,
 * of mass M, move: for a bubble volume V (= A·x, x the surfaces' separation) the surfaces add an
 * inertance M/A² (pressure per volume acceleration). Soft tissue is viscoelastic: its loss factor η
 * damps the jump with a resistance η·√(k·M)/A² (damping ratio η/2). With the joint's stiffness
 * this sets the pop's pitch, √(stiffness/inertance)/2π, and how fast it dies away.
 */
public final class SurfaceMotion {
    /** Inertance of the surfaces, kg/m⁴. */
    public static final double INERTANCE = SURFACE_MASS / (EFFECTIVE_AREA * EFFECTIVE_AREA);
    /** Resistance of the viscoelastic tissue, Pa·s/m³. */
    public static final double RESISTANCE = TISSUE_LOSS_FACTOR * Math.sqrt(TISSUE_STIFFNESS * SURFACE_MASS)
            / (EFFECTIVE_AREA * EFFECTIVE_AREA);

    private SurfaceMotion() {
    }

    /** The surfaces' own ringing frequency against the tissue spring, Hz: √(k/M)/2π. */
    public static double tissueFrequency() {
        return Math.sqrt(TISSUE_STIFFNESS / SURFACE_MASS) / (2 * Math.PI);
    }
}
