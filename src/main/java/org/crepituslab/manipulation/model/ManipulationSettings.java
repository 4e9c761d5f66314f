package org.crepituslab.manipulation.model;

import org.crepituslab.facet.model.LumbarLevel;

/** What the learner chooses: technique, target, the self-adjusting schedule, and how fast time runs. */
public final class ManipulationSettings {
    private Technique technique;
    private LumbarLevel target;
    private int perDay;
    private int scheduleWeeks;
    private double timeAcceleration;

    ManipulationSettings() {
        reset();
    }

    /** Targeted at L5-S1 (a lumbosacral thrust, as Mourad et al. 2019 measured), the default schedule, real time. */
    void reset() {
        technique = Technique.TARGETED;
        target = LumbarLevel.L5_S1;
        perDay = ManipulationConstants.DEFAULT_PER_DAY;
        scheduleWeeks = ManipulationConstants.DEFAULT_WEEKS;
        timeAcceleration = 1;
    }

    public Technique technique() {
        return technique;
    }

    public void setTechnique(Technique t) {
        technique = t;
    }

    public LumbarLevel target() {
        return target;
    }

    public void setTarget(LumbarLevel level) {
        target = level;
    }

    /** Self-twists per day in the schedule. */
    public int perDay() {
        return perDay;
    }

    public void setPerDay(int n) {
        perDay = Math.max(1, Math.min(ManipulationConstants.MAX_PER_DAY, n));
    }

    /** Weeks the schedule runs when started. */
    public int scheduleWeeks() {
        return scheduleWeeks;
    }

    public void setScheduleWeeks(int n) {
        scheduleWeeks = Math.max(1, Math.min(ManipulationConstants.MAX_WEEKS, n));
    }

    /** 1, 60 or 600: simulated seconds per real second, for waiting out the refractory period. */
    public double timeAcceleration() {
        return timeAcceleration;
    }

    public boolean setTimeAcceleration(double a) {
        for (double allowed : ManipulationConstants.TIME_ACCELERATIONS) {
            if (allowed == a) {
                timeAcceleration = a;
                return true;
            }
        }
        return false;
    }
}
