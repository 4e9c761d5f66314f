package org.crepituslab.facet.model;

import static org.crepituslab.facet.model.FacetConstants.DENSITY;
import static org.crepituslab.facet.model.FacetConstants.TISSUE_SOUND_SPEED;

/**
 * How the bubble's sound reaches a listener, with its absolute level kept, step by step:
 * <ol>
 *   <li>bubble → fluid: a pulsating bubble is a simple (monopole) source,
 *       p = ρ·V̈/(4πr) (Lamb; the Rayleigh–Plesset far field);</li>
 *   <li>fluid → tissue: synovial fluid (≈ 1.50 MRayl) and soft tissue (≈ 1.63 MRayl, Duck 1990)
 *       match within 9 %, so the capsule passes the bubble's volume change on (reflection
 *       &lt; 0.4 dB);</li>
 *   <li>through the tissue: absorption ≈ 0.5 dB/(cm·MHz) (Duck 1990) is a few thousandths of a dB
 *       over the joint's depth at audio frequencies, and the wavelength in tissue (c/f ≈ 3 m at
 *       500 Hz) dwarfs the trunk, so the tissue moves as an incompressible body;</li>
 *   <li>skin → air: an incompressible body whose inside grows by V must bulge outwards by V, so
 *       the skin displaces the bubble's own volume; a body small compared with the wavelength in
 *       air (0.7 m at 500 Hz) radiates that as a simple source: p = ρ_air·V̈/(4πr) at distance r
 *       (Kinsler et al., Fundamentals of Acoustics, simple source).</li>
 * </ol>
 * Net effect: the pressure in air is the pressure the bubble makes in the fluid at the same
 * distance, scaled by the density ratio ρ_air/ρ (−58 dB) and the tissue's absorption.
 */
public final class SoundPath {
    /** Density of air at 20 °C, kg/m³. */
    public static final double AIR_DENSITY = 1.2;
    /** Acoustic impedance of synovial fluid (≈ water), Rayl. */
    public static final double FLUID_IMPEDANCE = DENSITY * 1500;
    /** Acoustic impedance of soft tissue (Duck 1990: 1060 kg/m³ × 1540 m/s), Rayl. */
    public static final double TISSUE_IMPEDANCE = 1060 * TISSUE_SOUND_SPEED;
    /** Absorption of soft tissue, dB per cm per MHz (Duck 1990). */
    public static final double TISSUE_ABSORPTION_DB_CM_MHZ = 0.5;
    /** Depth of a lumbar facet joint under the skin, m (≈ 4–6 cm of muscle and fat). */
    public static final double JOINT_DEPTH = 0.05;
    /** Listening distance from the skin used on screen and by default, m: a practitioner's ear. */
    public static final double LISTENING_DISTANCE = 0.3;
    /**
     * Background level of a quiet treatment room, dB SPL (≈ 35–40 dB(A)): a crack that patient and
     * practitioner plainly hear must stand well above it.
     */
    public static final double QUIET_ROOM_DB = 40;
    /** True for a level plainly heard in a quiet room: at least 10 dB above its background. */
    public static boolean plainlyHeard(double dbSpl) {
        return dbSpl >= QUIET_ROOM_DB + 10;
    }

    /** Reference pressure of dB SPL, Pa. */
    public static final double P_REF = 20e-6;

    private SoundPath() {
    }

    /** Fluid → tissue: pressure transmission coefficient 2Z₂/(Z₁ + Z₂) of the interface. */
    public static double fluidToTissue() {
        return 2 * TISSUE_IMPEDANCE / (TISSUE_IMPEDANCE + FLUID_IMPEDANCE);
    }

    /** Tissue absorption over the joint's depth at frequency f (Hz), as an amplitude factor. */
    public static double tissueAbsorption(double frequency) {
        double db = TISSUE_ABSORPTION_DB_CM_MHZ * (JOINT_DEPTH * 100) * (frequency / 1e6);
        return Math.pow(10, -db / 20);
    }

    /**
     * Pressure in air at {@code distance} (m) for a bubble volume acceleration V̈ (m³/s²), Pa:
     * skin → air as a simple source, after the tissue's absorption at {@code frequency}.
     */
    public static double airPressure(double volumeAcceleration, double distance, double frequency) {
        return AIR_DENSITY * volumeAcceleration / (4 * Math.PI * distance) * tissueAbsorption(frequency);
    }

    /** The fluid pressure at distance r for the same source, Pa (step 1). */
    public static double fluidPressure(double volumeAcceleration, double distance) {
        return DENSITY * volumeAcceleration / (4 * Math.PI * distance);
    }

    /** Air pressure over fluid pressure at the same distance, dB (step 4; about −58 dB). */
    public static double airOverFluidDb() {
        return 20 * Math.log10(AIR_DENSITY / DENSITY);
    }

    /** Sound pressure level of a peak pressure, dB SPL re 20 µPa. */
    public static double db(double pascals) {
        return 20 * Math.log10(Math.max(Math.abs(pascals), 1e-12) / P_REF);
    }
}
