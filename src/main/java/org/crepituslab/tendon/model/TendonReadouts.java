package org.crepituslab.tendon.model;

import static org.crepituslab.tendon.model.TendonConstants.HIP_MAX_RAD;
import static org.crepituslab.tendon.model.TendonConstants.HIP_MIN_RAD;

import javafx.beans.property.DoubleProperty;

/**
 * The tendon model's named readouts and parameters: the contract with the quiz and the command
 * line, documented in doc/MODEL.md. Names and units are fixed; everything goes through the
 * model's public properties, so the contract cannot reach state the screen cannot.
 */
final class TendonReadouts {
    /** What snapThreshold reads when the movement does not snap at any tightness. */
    static final double NO_SNAP_THRESHOLD = 2;
    private TendonReadouts() {
    }

    static double readout(TendonModel m, String name) {
        switch (name) {
            case "snaps":
                return m.snapCountProperty().get();
            case "hipAngle_deg":
                return Math.toDegrees(m.hipAngleProperty().get());
            case "tightness":
                return m.tightnessProperty().get();
            case "lastSnapEnergy_mj":
                return m.lastSnapEnergyProperty().get() * 1e3;
            case "pelvicTilt":
                return m.pelvicTiltProperty().get();
            case "coreEngagement":
                return m.coreEngagementProperty().get();
            case "sittingHours":
                return TendonConstants.sittingHoursFromTightness(m.tightnessProperty().get());
            case "tension_n":
                return m.landscape().tension();
            case "tendonX_mm":
                return m.tendonXProperty().get() * 1e3;
            case "time_s":
                return m.timeProperty().get();
            case "motion":
                return m.motionProperty().get().ordinal();
            case "snapThreshold":
                // a movement that does not snap even fully tight reads 2, outside the tightness range
                double t = m.snapThreshold();
                return Double.isNaN(t) ? NO_SNAP_THRESHOLD : t;
            case "abduction_deg":
                return Math.toDegrees(m.faber() * TendonConstants.MANOEUVRE_ABDUCTION_RAD);
            case "externalRotation_deg":
                return Math.toDegrees(m.faber() * TendonConstants.MANOEUVRE_EXTERNAL_ROTATION_RAD);
            case "populationPrevalence":
                return m.populationPrevalence();
            case "foldFlexing_deg":
                return Math.toDegrees(m.analysis().flexingAngleRad());
            case "foldExtending_deg":
                return Math.toDegrees(m.analysis().extendingAngleRad());
            case "hysteresis_deg":
                return Math.toDegrees(m.analysis().hysteresisRad());
            default:
                return Double.NaN;
        }
    }

    static boolean setParameter(TendonModel m, String name, double value) {
        if (!Double.isFinite(value)) {
            return false;
        }
        switch (name) {
            case "tightness":
                return set01(m.tightnessProperty(), value);
            case "pelvicTilt":
                return set01(m.pelvicTiltProperty(), value);
            case "coreEngagement":
                return set01(m.coreEngagementProperty(), value);
            case "sittingHours":
                if (value < 0 || value > TendonConstants.SITTING_HOURS_FOR_FULL_TIGHTNESS) {
                    return false;
                }
                m.tightnessProperty().set(TendonConstants.tightnessFromSittingHours(value));
                return true;
            case "hipAngle_deg":
                double rad = Math.toRadians(value);
                if (rad < HIP_MIN_RAD - 1e-12 || rad > HIP_MAX_RAD + 1e-12) {
                    return false;
                }
                m.holdAt(rad);
                return true;
            case "motion":
                int i = (int) value;
                if (i != value || i < 0 || i >= HipMotion.values().length) {
                    return false;
                }
                m.motionProperty().set(HipMotion.values()[i]);
                return true;
            case "period_s":
                if (value < 0.5 || value > 60) {
                    return false;
                }
                m.cyclePeriodProperty().set(value);
                return true;
            default:
                return false;
        }
    }

    private static boolean set01(DoubleProperty p, double value) {
        if (value < 0 || value > 1) {
            return false;
        }
        p.set(value);
        return true;
    }
}
