package org.crepituslab.facet.model;

/**
 * The gases dissolved in synovial fluid (seeds 002/003: nitrogen, oxygen and carbon dioxide),
 * with what the model needs of each: how much the fluid holds at rest and how fast it comes out of
 * solution into a cavity.
 */
public enum GasSpecies {
    /**
     * Nitrogen: solubility 0.56 mmol/(L·atm) at 37 °C (Bunsen coefficient ≈ 0.0125); tension
     * ≈ 76 kPa, as in the blood that feeds the synovium. Release time a modelling choice (0.12 s).
     */
    N2("N\u2082", 5.5e-6, 76_000, 0.12),
    /**
     * Oxygen: solubility 1.07 mmol/(L·atm) (Bunsen ≈ 0.024); synovial tension ≈ 8 kPa (≈ 60 mmHg).
     * Release time a modelling choice (0.12 s).
     */
    O2("O\u2082", 1.06e-5, 8_000, 0.12),
    /**
     * Carbon dioxide: physical solubility 25 mmol/(L·atm) (Bunsen ≈ 0.57), about 20× oxygen's, plus
     * the bicarbonate it is in equilibrium with, of which we let three times the physically
     * dissolved amount take part (modelling choice); tension ≈ 6 kPa (45 mmHg). The fluid holds far
     * more CO₂ than N₂ or O₂, so most of the released gas is CO₂ (Brodeur 1995: ≈ 80 %). Release
     * time a modelling choice (0.25 s).
     */
    CO2("CO\u2082", 3 * 2.5e-4, 6_000, 0.25);

    private final String formula;
    private final double solubility;
    private final double tension;
    private final double releaseTime;

    GasSpecies(String formula, double solubility, double tension, double releaseTime) {
        this.formula = formula;
        this.solubility = solubility;
        this.tension = tension;
        this.releaseTime = releaseTime;
    }

    /** Chemical formula with subscripts, for labels (not translated). */
    public String formula() {
        return formula;
    }

    /** Partial pressure of this gas dissolved in the resting fluid, Pa. */
    public double tension() {
        return tension;
    }

    /**
     * Time constant of coming out of solution into a freshly formed cavity of the reference radius,
     * s (see {@link GasExchange}).
     */
    public double releaseTime() {
        return releaseTime;
    }

    /** Amount dissolved in the resting joint fluid, mol. */
    public double restingAmount() {
        return solubility * tension * FacetConstants.FLUID_VOLUME;
    }

    /** Sum of the tensions of all gases, Pa: the gas pressure a bubble in equilibrium with the resting fluid would have. */
    public static double totalTension() {
        double sum = 0;
        for (GasSpecies g : values()) {
            sum += g.tension;
        }
        return sum;
    }

    public static final int COUNT = values().length;
}
