package org.crepituslab.facet.model;

/**
 * Every number of the facet-joint model, in SI units, with its source (see doc/MODEL.md) or the
 * reason it was chosen. Values marked "modelling choice" are not measurements: the capsule's
 * compliances and the tissue stiffness place the pop under a normal stretch of well under 1 mm,
 * the nucleation threshold and its rate dependence set how loud it is, the resting fluid volume
 * sets the cavity's share of the joint and the fluid's shear rate sets how long the leftover bubble
 * lasts (so the cavity's 14 % share and the 20 min refractory period rest on those two choices).
 * Pitch, duration, loudness and gas composition then follow from the physics; no resonance or time
 * constant is fitted.
 */
public final class FacetConstants {
    private FacetConstants() {
    }

    // --- surroundings ---------------------------------------------------------------------------
    /** Ambient (atmospheric) pressure, Pa: gauge pressures are relative to this. */
    public static final double P_ATM = 101_325;
    /** Vapour pressure of water at 37 °C, Pa (SCIENCE.md): the fluid cannot fall below ≈ −95 kPa gauge. */
    public static final double P_VAPOUR = 6_300;
    /** Body temperature, K. */
    public static final double TEMPERATURE = 310.15;
    /** Molar gas constant, J/(mol·K). */
    public static final double GAS_CONSTANT = 8.314_462_618;
    /** R·T at body temperature, J/mol: converts gas amount to pressure × volume. */
    public static final double RT = GAS_CONSTANT * TEMPERATURE;

    // --- synovial fluid -------------------------------------------------------------------------
    /** Density of synovial fluid, kg/m³: essentially water (1000–1010). */
    public static final double DENSITY = 1000;
    /** Surface tension, N/m: synovial phospholipids lower it below water's 0.070 (modelling choice 0.050). */
    public static final double SURFACE_TENSION = 0.050;
    /**
     * Viscosity at the bubble wall, Pa·s. Synovial fluid is strongly shear-thinning (≈ 1–10 Pa·s at
     * rest, ≈ 0.01–0.05 at the 10³–10⁴ s⁻¹ shear rates of a ringing bubble); thermal and radiation
     * losses are added separately ({@link BubbleDamping}).
     */
    public static final double VISCOSITY = 0.02;
    /**
     * Polytropic exponent of the bubble gas. Mostly CO₂ (γ ≈ 1.29); for a mm bubble ringing at a few
     * hundred Hz Prosperetti's (1977) effective exponent is within a few % of γ (heat diffuses only
     * ≈ 0.1 mm per cycle), so nearly adiabatic.
     */
    public static final double POLYTROPIC = 1.3;
    /** Ratio of specific heats of the bubble's gas, mostly CO₂ (1.29; N₂ and O₂ 1.40). */
    public static final double GAS_HEAT_RATIO = 1.3;
    /** Thermal diffusivity of the gas at 1 atm and 37 °C, m²/s (CO₂ ≈ 1.1·10⁻⁵, N₂ ≈ 2.2·10⁻⁵). */
    public static final double GAS_THERMAL_DIFFUSIVITY = 1.1e-5;
    /** Speed of sound in soft tissue, m/s (Duck 1990: ≈ 1540). */
    public static final double TISSUE_SOUND_SPEED = 1540;
    /**
     * Volume of synovial fluid in a resting lumbar facet joint, m³. Not a measurement: the capsule
     * takes 1–1.5 mL when filled (arthrography), but a resting joint holds only a film on its
     * surfaces and a little fluid in its recesses, and no measured resting volume was found
     * (modelling choice 0.25 mL). It sets how much gas the fluid holds and what share of the
     * joint's fluid the cavity takes: the predicted cavity (≈ 0.035 mL) is ≈ 14 % of it, near the
     * 15 % of Unsworth et al. 1971, but only 2.3–3.5 % of the capsule's filled capacity.
     */
    public static final double FLUID_VOLUME = 0.25e-6;

    // --- joint mechanics ------------------------------------------------------------------------
    /** Articular cartilage thickness, m (SCIENCE.md: ≈ 0.8 mm); used for the drawing. */
    public static final double CARTILAGE_THICKNESS = 0.8e-3;
    /** Capsule thickness, m (SCIENCE.md: ≈ 1 mm); used for the drawing. */
    public static final double CAPSULE_THICKNESS = 1.0e-3;
    /**
     * Area whose separation changes the joint volume, m². A lumbar facet has ≈ 1.5–2 cm² of
     * cartilage; it gaps like a hinge, so about half of that opens (modelling choice 1 cm²).
     */
    public static final double EFFECTIVE_AREA = 1.0e-4;
    /**
     * Compliance of the capsule under suction, m³/Pa: how much the capsule is drawn in per pascal
     * of negative pressure. Together with {@link #TISSUE_STIFFNESS} it sets how far the joint must
     * be pulled before the fluid reaches the nucleation threshold (modelling choice: the default
     * threshold at a 0.4 mm pull, so the standard 0.6 mm stretch pops).
     */
    public static final double CAPSULE_COMPLIANCE = 0.667e-13;
    /**
     * Compliance when the fluid and gas need more room than the joint space, m³/Pa: the capsule's
     * folds and recesses fill easily, so a leftover bubble raises the pressure only a little
     * (modelling choice).
     */
    public static final double CAPSULE_COMPLIANCE_BULGING = 5.0e-12;
    /**
     * Stiffness of the stretched tissues pulling the facets apart, N/m. Against the fluid's suction
     * the surfaces open only a quarter of the pull before the pop (tribonucleation: the surfaces
     * resist separation, then part suddenly; Kawchuk et al. 2015) (modelling choice).
     */
    public static final double TISSUE_STIFFNESS = 5.0e4;
    /**
     * Mass that moves when the surfaces spring apart, kg: an inferior articular process with its
     * cartilage, ≈ 1.5 cm³ of bone at 1.9 g/cm³ (anatomical estimate, not fitted to the sound).
     */
    public static final double SURFACE_MASS = 3e-3;
    /**
     * Loss factor of the soft tissue around the joint: the ratio of loss to storage modulus of
     * muscle and ligament in the 100 Hz–1 kHz range, ≈ 0.2–0.4 (e.g. Kiss et al. 2004; Hoyt et al.
     * 2008, shear-wave rheometry) (modelling choice 0.3 within that range).
     */
    public static final double TISSUE_LOSS_FACTOR = 0.3;

    // --- nucleation -------------------------------------------------------------------------------
    /**
     * Default nucleation threshold, Pa gauge: the fluid pressure at which a cavity forms where the
     * surfaces part. A cavity that is to hold the surfaces apart at once must form in fluid below
     * its vapour pressure (≈ −95 kPa gauge): gas cannot diffuse into it within the crack's few ms.
     * Liquids sustain such tension until a nucleus forms; −150 kPa gauge is a tension of about
     * half an atmosphere, modest for water (modelling choice; the user can change it).
     */
    public static final double NUCLEATION_THRESHOLD = -150_000;
    /** Lowest and highest threshold the user may choose, Pa gauge (the highest still below vapour pressure). */
    public static final double THRESHOLD_MIN = -300_000;
    public static final double THRESHOLD_MAX = -110_000;
    /**
     * How much deeper the tension goes before a nucleus forms, per e-fold of loading rate, Pa:
     * nucleation is a rate process, so a faster pull outruns it to a deeper tension (modelling
     * choice; 0 would make the pop's loudness independent of the stretch speed).
     */
    public static final double NUCLEATION_RATE_SPREAD = 10_000;
    /**
     * Radius of the nucleus from which the cavity grows, m: a microscopic gas pocket in a surface
     * crevice; its size hardly matters because the growth starts from rest (modelling choice).
     */
    public static final double NUCLEUS_RADIUS = 5e-6;

    // --- dissolved gas ----------------------------------------------------------------------------
    /**
     * Fraction of its resting dissolved gas the fluid needs back before a new cavity can nucleate
     * (modelling choice).
     */
    public static final double READY_FRACTION = 0.95;
    /**
     * Shear rate of the synovial fluid around a leftover bubble while the joint goes about its
     * everyday motion, s⁻¹: breathing and posture slide the facets ≈ 0.1–1 mm per second, walking
     * a few mm per step, across a film of ≈ 0.01–0.1 mm, so from ≈ 1 (lying still) to ≈ 300
     * (walking). It thins the concentration boundary layer around the bubble and so speeds its
     * dissolution. Modelling choice, near the top of that range and not derived from a
     * measurement: it sets how long the leftover bubble lasts, and so the refractory period
     * (20 min at 250/s; 27 min at a third of it, 15 min at three times it, ≈ 2 h in still fluid,
     * where diffusion alone is far slower than the measured 20 min).
     */
    public static final double FLUID_SHEAR_RATE = 250;
    /** Speed-up of the gas exchange in the busy benchmark state, so every stretch pops. */
    public static final double BUSY_EXCHANGE_BOOST = 1e6;
    /**
     * The leftover bubble counts as small enough to pop again when it holds at most this share of
     * the gas that would just let the standard stretch reach the threshold (modelling choice). With
     * a threshold below vapour pressure no bubble is small enough: around any bubble the fluid
     * cannot come under tension, so the bubble must be gone.
     */
    public static final double BUBBLE_MARGIN = 0.88;
    /** A bubble holding less gas than this (a ≈ 20 µm bubble at ambient pressure) has dissolved, mol. */
    public static final double BUBBLE_GONE_AMOUNT = 1e-12;

    // --- stretching -------------------------------------------------------------------------------
    /** Pull of the standard stretch, m: about the 0.66 mm gapping Cramer et al. 2013 measured. */
    public static final double STANDARD_STRETCH = 0.6e-3;
    /** Largest pull the controls allow, m. */
    public static final double MAX_STRETCH = 1.0e-3;
    /** Default stretch speed, m/s (the standard stretch's ramp takes 0.25 s). */
    public static final double STRETCH_RATE = 2.4e-3;
    public static final double STRETCH_RATE_MIN = 0.2e-3;
    public static final double STRETCH_RATE_MAX = 10e-3;
    /** How long the standard stretch holds its pull before letting go, s. */
    public static final double STRETCH_HOLD = 0.5;
    /** A pull above this starts a "stretch" (for counting stretches that did not pop), m. */
    public static final double EPISODE_START = 0.05e-3;
    /** A pull below this ends it, m. */
    public static final double EPISODE_END = 0.02e-3;

    // --- numerics of the pop ----------------------------------------------------------------------
    /** Sample rate of the recorded pop (twice audio rate, so the replay graph is smooth), Hz. */
    public static final double RECORD_RATE = 88_200;
    /** The fast bubble integration ends once the ringing has died to this fraction of the radius. */
    public static final double SETTLED_AMPLITUDE = 0.003;
    /** Shortest and longest fast (Rayleigh–Plesset) phase after a nucleation, s. */
    public static final double MIN_DYNAMIC_TIME = 3e-3;
    public static final double MAX_DYNAMIC_TIME = 40e-3;
    /** Relative tolerance of the adaptive integrator in the joint (R and Ṙ). */
    public static final double DYNAMIC_RTOL = 1e-6;
    /** Longest slow (quasi-static) sub-step while gas is coming out of solution, s. */
    public static final double SLOW_STEP_ACTIVE = 0.5e-3;
    /** Longest slow sub-step while the joint rests: the re-dissolution needs no finer steps, s. */
    public static final double SLOW_STEP_REST = 5.0;
    /** How long the narration keeps showing "cavitation" after a pop, s of simulated time. */
    public static final double CAVITATION_STAGE_TIME = 1.0;
    /** Gauge pressure below which the narration calls the stretch a "pressure drop", Pa. */
    public static final double PRESSURE_DROP_STAGE = -10_000;

    // --- sound --------------------------------------------------------------------------------------
    /** Distance from the bubble at which {@code simulate bubble} and the replay give the fluid's acoustic pressure, m. */
    public static final double LISTENER_DISTANCE = 0.05;

    // --- time ---------------------------------------------------------------------------------------
    /** The time accelerations offered for waiting out the refractory period. */
    public static final double[] TIME_ACCELERATIONS = {1, 60, 600};
}
