package org.crepituslab.quiz.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * FSRS-6 against the reference vectors of fsrs-rs (open-spaced-repetition, src/inference.rs tests
 * test_next_difficulty and test_next_stability, default parameters), to f32 precision.
 */
class FsrsTest {
    private static final long DAY = QuizConstants.MILLIS_PER_DAY;
    private static final double F32 = 2e-5;

    private static void near(double[] expected, double[] actual) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], Math.abs(expected[i]) * F32 + 1e-6, "index " + i);
        }
    }

    @Test
    void nextDifficultyAndMeanReversionMatchTheReference() {
        double[] next = new double[4];
        double[] reverted = new double[4];
        for (int g = 1; g <= 4; g++) {
            next[g - 1] = Fsrs.nextDifficulty(5.0, g);
            reverted[g - 1] = Fsrs.meanReversion(next[g - 1]);
        }
        near(new double[] {8.354889, 6.6774445, 5.0, 3.3225555}, next);
        near(new double[] {8.341763, 6.6659956, 4.990228, 3.3144615}, reverted);
    }

    @Test
    void nextStabilityMatchesTheReference() {
        double[] r = {0.9, 0.8, 0.7, 0.6};
        double[] recall = new double[4];
        double[] forget = new double[4];
        double[] shortTerm = new double[4];
        for (int g = 1; g <= 4; g++) {
            // the reference passes the rating as the difficulty too
            recall[g - 1] = Fsrs.stabilityAfterSuccess(5.0, g, r[g - 1], g);
            forget[g - 1] = Fsrs.stabilityAfterFailure(5.0, g, r[g - 1]);
            shortTerm[g - 1] = Fsrs.stabilityShortTerm(5.0, g);
        }
        near(new double[] {25.602541, 28.226582, 58.656002, 127.226685}, recall);
        near(new double[] {1.0525396, 1.1894329, 1.3680838, 1.584989}, forget);
        near(new double[] {1.596818, 5.0, 5.0, 8.12961}, shortTerm);
    }

    @Test
    void theForgettingCurveAndIntervalsAgree() {
        assertEquals(0.9, Fsrs.retrievability(10, 10), 1e-12, "stability is the 90 % point");
        assertEquals(10, Fsrs.interval(10, 0.9), 1e-9);
        assertTrue(Fsrs.interval(10, 0.8) > 10);
        Fsrs.Card c = Fsrs.review(Fsrs.Card.fresh(), Fsrs.GOOD, 0);
        assertEquals(Fsrs.W[2], c.stability(), 1e-12);
        assertEquals(Math.round(Fsrs.W[2]) * DAY, c.dueAt());
        Fsrs.Card later = Fsrs.review(c, Fsrs.GOOD, c.dueAt());
        assertTrue(later.stability() > c.stability() * 2, "a timely success multiplies stability");
        Fsrs.Card missed = Fsrs.review(later, Fsrs.AGAIN, later.dueAt());
        assertEquals(later.dueAt() + QuizConstants.RELEARN_DELAY_MILLIS, missed.dueAt());
        assertTrue(missed.stability() < later.stability());
        assertTrue(missed.difficulty() > later.difficulty());
        assertThrows(IllegalArgumentException.class, () -> Fsrs.review(c, 5, 0));
    }

    @Test
    void scoresBecomeRatings() {
        assertEquals(Fsrs.GOOD, Fsrs.rating(1));
        assertEquals(Fsrs.HARD, Fsrs.rating(0.5));
        assertEquals(Fsrs.AGAIN, Fsrs.rating(0.2));
    }

    @Test
    void sm2ProgressIsMigratedNotLost() {
        Sm2.Card old = new Sm2.Card(3, 15, 2.5, 100 * DAY);
        Fsrs.Card c = Fsrs.fromSm2(old);
        assertEquals(15, c.stability(), 1e-12, "the planned interval was the 90 % point");
        assertEquals(100 * DAY, c.dueAt(), "the due date is kept");
        assertTrue(c.difficulty() >= 1 && c.difficulty() <= 10);
        // the ease it had is what one more timely success multiplies stability by (up to clamping)
        double grown = Fsrs.stabilityAfterSuccess(c.stability(), c.difficulty(), 0.9, Fsrs.GOOD) / c.stability();
        assertEquals(2.5, grown, 0.05);
        assertEquals(Fsrs.Card.fresh(), Fsrs.fromSm2(Sm2.Card.fresh()));
        Fsrs.Card hard = Fsrs.fromSm2(new Sm2.Card(5, 30, 1.3, 200 * DAY));
        assertTrue(hard.difficulty() > c.difficulty(), "a low ease is a hard card");
    }
}
