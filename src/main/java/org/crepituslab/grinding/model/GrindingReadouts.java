package org.crepituslab.grinding.model;

import static org.crepituslab.grinding.model.GrindingConstants.MAX_SPURS;

/**
 * The grinding model's named readouts and parameters: the contract with the quiz and the command
 * line, documented in doc/MODEL.md. Names and units are fixed; everything goes through the model's
 * public state, so the contract cannot reach what the screen cannot.
 */
final class GrindingReadouts {
    private GrindingReadouts() {
    }

    static double readout(GrindingModel m, String name) {
        return switch (name) {
            case "wear" -> m.wearProperty().get();
            case "spurs" -> m.spurCount();
            case "spurSize_mm" -> m.spurSizeProperty().get() * 1e3;
            case "frictionCoefficient" -> m.meanFrictionProperty().get();
            case "frictionInstant" -> m.frictionProperty().get();
            case "effectiveFriction" -> m.kineticFriction();
            case "slips" -> m.slipCount();
            case "catches" -> m.catchCount();
            case "fluidLoadFraction" -> m.fluidLoadFraction();
            case "cartilage_mm" -> m.cartilageThickness() * 1e3;
            case "roughness_um" -> m.surfaces().compositeRoughness() * 1e6;
            case "stage" -> m.stage().ordinal();
            case "time_s" -> m.time();
            case "seed" -> m.seed();
            case "spursFollowWear" -> m.spursFollowWearProperty().get() ? 1 : 0;
            default -> Double.NaN;
        };
    }

    static boolean setParameter(GrindingModel m, String name, double value) {
        if (!Double.isFinite(value)) {
            return false;
        }
        switch (name) {
            case "wear" -> {
                if (value < 0 || value > 1) {
                    return false;
                }
                m.wearProperty().set(value);
            }
            case "spurs" -> {
                if (value < 0 || value > MAX_SPURS || value != Math.rint(value)) {
                    return false;
                }
                m.spursProperty().set(value);
            }
            case "spurSize_mm" -> {
                double size = value * 1e-3;
                if (size < GrindingConstants.MIN_SPUR_SIZE_M - 1e-12 || size > GrindingConstants.MAX_SPUR_SIZE_M + 1e-12) {
                    return false;
                }
                m.spurSizeProperty().set(size);
            }
            case "spursFollowWear" -> {
                if (value != 0 && value != 1) {
                    return false;
                }
                m.spursFollowWearProperty().set(value == 1);
            }
            case "seed" -> {
                if (value < 0 || value != Math.rint(value) || value > 1e15) {
                    return false;
                }
                m.setSeed((long) value);
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
