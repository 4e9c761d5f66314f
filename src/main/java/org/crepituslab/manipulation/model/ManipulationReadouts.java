package org.crepituslab.manipulation.model;

import org.crepituslab.facet.model.LumbarLevel;

/** The manipulation model's named readouts and settable parameters, for quiz tasks and "show me" links. */
final class ManipulationReadouts {
    private ManipulationReadouts() {
    }

    static double read(ManipulationModel m, String name) {
        ManipulationSettings s = m.settings();
        Person p = m.person();
        return switch (name) {
            case "pops" -> m.popCount();
            case "popsLastThrust" -> m.popsLastThrust();
            case "restrictedPopped" -> m.restrictedPopped() ? 1 : 0;
            // what the last thrust was, not what is selected now: a task's goal reads this
            case "lastTechnique" -> m.lastThrust() == null ? -1 : m.lastThrust().technique().code();
            case "thrusts" -> m.thrustCount();
            case "weeks" -> m.weeks().size();
            case "maxLaxity" -> p.maxLaxity();
            case "instability" -> p.instability();
            case "popsPerDay" -> m.weeks().isEmpty() ? 0 : m.weeks().get(m.weeks().size() - 1).popsPerDay();
            case "readyJoints" -> readyJoints(m);
            case "time_s" -> m.time();
            case "technique" -> s.technique().code();
            case "targetLevel" -> s.target().number();
            case "restrictedLevel" -> p.restricted() == null ? 0 : p.restricted().number();
            case "perDay" -> s.perDay();
            case "scheduleWeeks" -> s.scheduleWeeks();
            case "timeAcceleration" -> s.timeAcceleration();
            default -> Double.NaN;
        };
    }

    private static int readyJoints(ManipulationModel m) {
        int n = 0;
        for (int i = 0; i < JointId.COUNT; i++) {
            if (m.refractoryRemaining(JointId.of(i)) == 0) {
                n++;
            }
        }
        return n;
    }

    /** Sets one parameter; false for an unknown name or a value out of range. */
    static boolean set(ManipulationModel m, String name, double v) {
        if (!Double.isFinite(v)) {
            return false;
        }
        ManipulationSettings s = m.settings();
        boolean whole = v == Math.rint(v);
        int levels = LumbarLevel.values().length;
        switch (name) {
            case "technique" -> {
                if (!whole || v < 0 || v >= Technique.values().length) {
                    return false;
                }
                s.setTechnique(Technique.values()[(int) v]);
            }
            case "targetLevel" -> {
                if (!whole || v < 1 || v > levels) {
                    return false;
                }
                s.setTarget(LumbarLevel.numbered((int) v));
            }
            case "restrictedLevel" -> {
                if (!whole || v < 0 || v > levels) {
                    return false;
                }
                m.setRestricted(v == 0 ? null : LumbarLevel.numbered((int) v));
            }
            case "perDay" -> {
                if (!whole || v < 1 || v > ManipulationConstants.MAX_PER_DAY) {
                    return false;
                }
                s.setPerDay((int) v);
            }
            case "scheduleWeeks" -> {
                if (!whole || v < 1 || v > ManipulationConstants.MAX_WEEKS) {
                    return false;
                }
                s.setScheduleWeeks((int) v);
            }
            case "timeAcceleration" -> {
                return s.setTimeAcceleration(v);
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
