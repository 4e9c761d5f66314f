package org.crepituslab.facet.model;

/**
 * The gases dissolved in synovial fluid (nitrogen, oxygen and carbon dioxide), with what the
 * model needs of each at 37 °C: its tension in the resting fluid, its solubility (Henry's law) and
 * its diffusivity in water. Solubilities: Bunsen coefficients at 37 °C (N₂ 0.0125, O₂ 0.024,
 * CO₂ 0.57 mL gas per mL per atm, i.e. 0.56, 1.07 and 25 mmol/(L·atm)); diffusivities in water
 * near 37 °C (N₂ 2.6, O₂ 3.0, CO₂ 2.5 ·10⁻⁹ m²/s; Himmelblau 1964; SCIENCE: 2–3·10⁻⁹). Tensions
 * as in the blood that feeds the synovium (N₂ ≈ 76 kPa, O₂ ≈ 8 kPa ≈ 60 mmHg, CO₂ ≈ 6 kPa ≈
 * 45 mmHg). Only physically dissolved gas takes part: the bicarbonate pool converts to CO₂ far
 * too slowly without an enzyme to matter within a stretch.
 */
public enum GasSpecies {
    N2("N\u2082", 5.5e-6, 76_000, 2.6e-9),
    O2("O\u2082", 1.06e-5, 8_000, 3.0e-9),
    CO2("CO\u2082", 2.5e-4, 6_000, 2.5e-9);

    private final String formula;
    private final double solubility;
    private final double tension;
    private final double diffusivity;

    GasSpecies(String formula, double solubility, double tension, double diffusivity) {
        this.formula = formula;
        this.solubility = solubility;
        this.tension = tension;
        this.diffusivity = diffusivity;
    }

    /** Chemical formula with subscripts, for labels (not translated). */
    public String formula() {
        return formula;
    }

    /** Partial pressure of this gas dissolved in the resting fluid, Pa. */
    public double tension() {
        return tension;
    }

    /** Henry's-law solubility, mol/(m³·Pa). */
    public double solubility() {
        return solubility;
    }

    /** Diffusivity in synovial fluid (≈ water) at 37 °C, m²/s. */
    public double diffusivity() {
        return diffusivity;
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
