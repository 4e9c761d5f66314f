package org.crepituslab.grinding.model;

import static org.crepituslab.grinding.model.GrindingConstants.MAX_SPURS;
import static org.crepituslab.grinding.model.GrindingConstants.PATCHES;
import static org.crepituslab.grinding.model.GrindingConstants.STROKE_AMPLITUDE_M;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The seeded geometry of one joint: both surface profiles, the contact patches (with their masses)
 * and the places where spurs can grow. One seed gives one layout; a new seed grows a new one.
 */
final class JointLayout {
    /** A seeded place for a spur; its height is the size setting times its own factor. */
    record SpurSite(double positionM, double sizeFactor, int side) {
    }

    final Topography surfaces;
    final ContactPatch[] patches;
    /** Where each possible spur grows, in the order the spur setting adds them. */
    final List<SpurSite> spurSites;

    JointLayout(long seed) {
        surfaces = new Topography(seed);
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 17);
        patches = new ContactPatch[PATCHES];
        double spread = GrindingConstants.UPPER_SURFACE_WIDTH_M * GrindingConstants.PATCH_SPREAD_FRACTION;
        for (int i = 0; i < PATCHES; i++) {
            double offset = -spread / 2 + (i + 0.5) * spread / PATCHES;
            double mass = GrindingConstants.PATCH_MASS_KG * Math.pow(2, 2 * random.nextDouble() - 1);
            patches[i] = new ContactPatch(i, offset, mass, GrindingConstants.PATCH_STIFFNESS_N_PER_M,
                    GrindingConstants.PATCH_DAMPING_RATIO);
        }
        // spur j: alternate sides, four slots per side between the min and max offsets beyond the rim
        List<SpurSite> sites = new ArrayList<>();
        int perSide = (MAX_SPURS + 1) / 2;
        double span = GrindingConstants.SPUR_MAX_OFFSET_FRACTION - GrindingConstants.SPUR_MIN_OFFSET_FRACTION;
        for (int j = 0; j < MAX_SPURS; j++) {
            int side = j % 2 == 0 ? 1 : -1;
            int slot = j / 2;
            double fraction = GrindingConstants.SPUR_MIN_OFFSET_FRACTION
                    + (slot + 0.15 + 0.7 * random.nextDouble()) / perSide * span;
            double position = side * (GrindingConstants.UPPER_SURFACE_WIDTH_M / 2 + fraction * STROKE_AMPLITUDE_M);
            double sizeFactor = 0.75 + 0.5 * random.nextDouble();
            sites.add(new SpurSite(position, sizeFactor, side));
        }
        spurSites = List.copyOf(sites);
    }

    /** The first n spurs, each its site's factor times the size setting (metres). */
    List<Spur> spurs(int n, double sizeM) {
        List<Spur> active = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            SpurSite site = spurSites.get(j);
            active.add(new Spur(site.positionM(), site.sizeFactor() * sizeM, site.side()));
        }
        return List.copyOf(active);
    }
}
