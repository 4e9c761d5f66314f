package org.crepituslab.grinding.model;

/**
 * Every number of the grinding model, in SI units, with its source (../shared/SCIENCE.md,
 * "Crepitus and grinding") or the reason it was chosen. Values marked "modelling choice" are not
 * measurements: they set the scale of a schematic joint so the mechanisms are visible.
 */
public final class GrindingConstants {
    private GrindingConstants() {
    }

    // --- Lubrication (Krishnan, Kopacz & Ateshian 2004; Caligaris et al. 2009) ---

    /**
     * Friction coefficient of cartilage once interstitial fluid support is lost (equilibrium):
     * ≈ 0.28 (Krishnan 2004; μ rises from 0.010 to 0.24 as fluid support subsides).
     */
    public static final double MU_EQUILIBRIUM = 0.28;

    /**
     * Fraction of the load carried by fluid pressurisation in healthy cartilage of a moving joint.
     * With μ_eff = μ_eq·(1 − W_p/W) (Ateshian's biphasic friction law), 0.95 gives μ ≈ 0.014,
     * inside the healthy range 0.002–0.025 (Krishnan 2004).
     */
    public static final double HEALTHY_FLUID_LOAD_FRACTION = 0.95;

    /**
     * Exponent of the loss of fluid support with wear: W_p/W = 0.95·(1 − wear⁶). Modelling choice
     * so early wear roughens the surface but barely raises μ (Caligaris 2009 found no significant
     * μ rise with naturally progressing OA up to stage 3: here μ rises by less than a fifth through
     * early osteoarthritis), while fluid support collapses late and bone on bone (wear 1) reaches the
     * equilibrium μ (Krishnan 2004: 0.010 → 0.24 as fluid support is lost).
     */
    public static final double FLUID_LOSS_EXPONENT = 6;

    /**
     * Static friction of the solid (fluid-unsupported) share above its kinetic value: start-up
     * friction of cartilage exceeds sliding friction. Modelling choice (0.08 ≈ 30 % of μ_eq); only
     * the solid share (1 − W_p/W) of the load feels it, so a fluid-supported joint glides.
     */
    public static final double STATIC_FRICTION_EXCESS = 0.08;

    // --- Geometry and load (schematic lumbar facet joint) ---

    /** Articular cartilage thickness of a healthy lumbar facet ≈ 0.8 mm (SCIENCE.md). */
    public static final double CARTILAGE_THICKNESS_M = 0.8e-3;

    /** Compressive load across the facet joint during the movement: modelling choice, 100 N. */
    public static final double JOINT_LOAD_N = 100;

    /** Sliding amplitude of one surface over the other: modelling choice, ±3 mm. */
    public static final double STROKE_AMPLITUDE_M = 3e-3;

    /** Period of the movement cycle: one walking stride ≈ 1.1 s (the seeds describe walking). */
    public static final double CYCLE_PERIOD_S = 1.1;

    /** Width of the moving (upper) articular surface: modelling choice, 16 mm. */
    public static final double UPPER_SURFACE_WIDTH_M = 16e-3;

    /** Half-width of the fixed (lower) surface as drawn and profiled: 14 mm covers every patch. */
    public static final double LOWER_SURFACE_HALF_WIDTH_M = 14e-3;

    // --- Roughness (seeded random profile) ---

    /**
     * Composite RMS roughness of the two facing surfaces (the usual tribology measure): ~1 µm for
     * healthy cartilage, ~15 µm for fibrillated cartilage or bare bone. Modelling choices of the
     * right order of magnitude for profilometry; each surface gets this divided by √2.
     */
    public static final double HEALTHY_ROUGHNESS_M = 1e-6;
    public static final double WORN_ROUGHNESS_M = 15e-6;

    /** Correlation length of the asperities (their typical spacing): modelling choice, 0.2 mm. */
    public static final double ROUGHNESS_CORRELATION_M = 0.2e-3;

    /** Grid spacing of the stored profile: 10 µm, well below the correlation length. */
    public static final double PROFILE_GRID_M = 10e-6;

    // --- Stick-slip contact (mass–spring on a moving surface) ---

    /**
     * Number of elastically coupled contact patches the load is shared between: a few patches
     * slipping at different moments make the grinding continuous and irregular (a minimal
     * Burridge–Knopoff-like contact). Modelling choice.
     */
    public static final int PATCHES = 8;

    /** Patches are spread over this fraction of the upper surface's width, centred. */
    public static final double PATCH_SPREAD_FRACTION = 0.8;

    /** Tangential (shear) stiffness coupling each patch to the moving bone: modelling choice. */
    public static final double PATCH_STIFFNESS_N_PER_M = 1.5e4;

    /**
     * Typical effective mass of a patch: 4 g, modelling choice. With the stiffness it sets how fast
     * a slip happens (about half of √(m/k)·2π ≈ 3 ms). The sound is not tuned to it: it comes from
     * the force the contact passes on, through one tissue filter for every event (see the sound
     * package). Each patch's mass is this times 2^u, u seeded in [−1, 1].
     */
    public static final double PATCH_MASS_KG = 4e-3;

    /** Damping ratio of the patch coupling (cartilage is viscoelastic): modelling choice. */
    public static final double PATCH_DAMPING_RATIO = 0.1;

    /**
     * Smallest slip counted as an event: 0.2 µJ of vibration energy (a patch jumping ≈ 10 mm/s
     * faster than its bone). Modelling choice: the micro-adjustments of a healthy, fluid-supported
     * joint stay below it (≈ 0.06 µJ), as healthy joints are silent; early wear crosses it with
     * faint slips, advanced wear with slips a hundred times stronger.
     */
    public static final double SLIP_DETECTION_J = 2e-7;

    /** Fixed integration sub-step: 20 µs, ≈ 1/25 of a patch's oscillation period. */
    public static final double SUBSTEP_S = 2e-5;

    /** The friction history is sampled every this many sub-steps (10 ms, 100 Hz). */
    public static final int SAMPLE_EVERY_SUBSTEPS = 500;

    // --- Bone spurs (osteophytes) ---

    /** Most spurs the model grows (four per side of the joint margin). */
    public static final int MAX_SPURS = 8;

    /** Default and allowed spur height: osteophytes of about 0.5–3 mm (modelling choice). */
    public static final double DEFAULT_SPUR_SIZE_M = 1.5e-3;
    public static final double MIN_SPUR_SIZE_M = 0.5e-3;
    public static final double MAX_SPUR_SIZE_M = 3e-3;

    /**
     * Force the margin tissue must build up to ride over a spur, per metre of spur height:
     * 12 N per mm, so a 1.5 mm spur holds until 18 N. Modelling choice.
     */
    public static final double SPUR_CATCH_FORCE_N_PER_M = 12e3;

    /**
     * Spurs grow between these fractions of the stroke beyond the rim's rest position. Those beyond
     * 1.0 lie outside the rim's travel in this movement: they are there (and drawn) but the moving
     * tissue never reaches them, so they never catch. Modelling choice.
     */
    public static final double SPUR_MIN_OFFSET_FRACTION = 0.1;
    public static final double SPUR_MAX_OFFSET_FRACTION = 1.5;

    /**
     * Spurs follow the wear stage unless set by hand: none while the cartilage holds (wear below
     * this), then more and larger as wear goes on, up to every spur at full size on bone on bone
     * (osteophytes are a feature of established osteoarthritis). Modelling choice.
     */
    public static final double SPURS_START_WEAR = 0.35;

    /** How many spurs, and how large, a joint of this wear grows by default. */
    public static int spursForWear(double wear) {
        return (int) Math.round(MAX_SPURS * spurGrowth(wear));
    }

    public static double spurSizeForWear(double wear) {
        return MIN_SPUR_SIZE_M + (MAX_SPUR_SIZE_M - MIN_SPUR_SIZE_M) * spurGrowth(wear);
    }

    private static double spurGrowth(double wear) {
        return Math.max(0, Math.min(1, (wear - SPURS_START_WEAR) / (1 - SPURS_START_WEAR)));
    }

    /** The rim must move this far past a spur before the spur can catch it again. */
    public static final double SPUR_REARM_DISTANCE_M = 0.3e-3;

    /** Margin tissue (capsule rim) coupling: stiffness, mass and damping, modelling choices. */
    public static final double RIM_STIFFNESS_N_PER_M = 3e4;
    public static final double RIM_MASS_KG = 0.03;
    public static final double RIM_DAMPING_RATIO = 0.3;

    // --- History kept for the view, the export and the sound ---

    /** Ten minutes of the friction history at 100 Hz. */
    public static final int HISTORY_SAMPLES = 60_000;

    /** Sub-steps of contact force kept for the sound: 12 s at 50 kHz. */
    public static final int FORCE_TRACE_SUBSTEPS = 600_000;

    /** Most events remembered (older ones are dropped; the CLI streams them instead). */
    public static final int EVENT_LOG_CAPACITY = 50_000;

    /** Window of the averaged friction readout. */
    public static final double FRICTION_AVERAGE_WINDOW_S = 1.0;

    // --- Stage words of the seeds (healthy → early osteoarthritis → advanced) ---

    /** Wear below this is "healthy"; from here "early osteoarthritis" (cartilage wear, roughening). */
    public static final double EARLY_OA_WEAR = 0.2;

    /** From here "advanced": fluid support is going and the bones start to rub (bone on bone at 1). */
    public static final double ADVANCED_OA_WEAR = 0.65;
}
