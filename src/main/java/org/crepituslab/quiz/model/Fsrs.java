package org.crepituslab.quiz.model;

/**
 * FSRS-6, the Free Spaced Repetition Scheduler Anki uses by default, implemented from the published
 * algorithm (open-spaced-repetition: "The Algorithm", fsrs-rs) with its 21 default parameters; no
 * Java library of it exists. A card's memory is its stability S (days until recall falls to 90 %)
 * and difficulty D (1..10); recall after t days is R = (1 + F·t/S)^(−w20). Each answer updates S and
 * D, and the next review is when R would reach the desired retention. Pure: time comes in as epoch
 * milliseconds.
 */
public final class Fsrs {
    /** FSRS-6 default parameters w0..w20 (fsrs-rs DEFAULT_PARAMETERS, py-fsrs 6, ts-fsrs 5). */
    public static final double[] W = {0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722,
        0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    /** Reviews are planned for 90 % recall, FSRS's and Anki's default. */
    public static final double DESIRED_RETENTION = 0.9;
    static final double MIN_STABILITY = 0.001;
    static final double MAX_INTERVAL_DAYS = 36500;

    /** Anki's four answer buttons. */
    public static final int AGAIN = 1;
    public static final int HARD = 2;
    public static final int GOOD = 3;
    public static final int EASY = 4;

    private Fsrs() {
    }

    /** A card's memory state; {@code reps} 0 means never answered; times are epoch milliseconds. */
    public record Card(double stability, double difficulty, int reps, long lastReview, long dueAt) {
        public static Card fresh() {
            return new Card(0, 0, 0, 0, 0);
        }

        public boolean isDue(long now) {
            return dueAt <= now;
        }
    }

    /** The rating a quiz score stands for: full marks Good, at least half Hard, less Again. */
    public static int rating(double score) {
        if (Scoring.isFullyCorrect(score)) {
            return GOOD;
        }
        return score >= 0.5 ? HARD : AGAIN;
    }

    static double decay() {
        return -W[20];
    }

    /** F such that R(S, S) = 0.9 exactly. */
    static double factor() {
        return Math.pow(0.9, 1 / decay()) - 1;
    }

    /** Probability of recall {@code days} after the last review. */
    public static double retrievability(double days, double stability) {
        return Math.pow(1 + factor() * days / stability, decay());
    }

    /** Days until recall falls to {@code retention}. */
    public static double interval(double stability, double retention) {
        return stability / factor() * (Math.pow(retention, 1 / decay()) - 1);
    }

    static double initialStability(int rating) {
        return Math.max(MIN_STABILITY, W[rating - 1]);
    }

    /** D0(G) = w4 − e^(w5·(G−1)) + 1, unclamped (mean reversion uses it so). */
    static double initialDifficultyRaw(int rating) {
        return W[4] - Math.exp(W[5] * (rating - 1)) + 1;
    }

    static double initialDifficulty(int rating) {
        return clampDifficulty(initialDifficultyRaw(rating));
    }

    /** D' = D − w6·(G−3)·(10−D)/9: the step shrinks as D nears 10 (linear damping). */
    static double nextDifficulty(double d, int rating) {
        return d + (-W[6] * (rating - 3)) * (10 - d) / 9;
    }

    /** w7·D0(4) + (1−w7)·D: a small pull back towards the difficulty of an easy first answer. */
    static double meanReversion(double d) {
        return W[7] * initialDifficultyRaw(EASY) + (1 - W[7]) * d;
    }

    static double stabilityAfterSuccess(double s, double d, double r, int rating) {
        double hard = rating == HARD ? W[15] : 1;
        double easy = rating == EASY ? W[16] : 1;
        return s * (1 + Math.exp(W[8]) * (11 - d) * Math.pow(s, -W[9]) * (Math.exp((1 - r) * W[10]) - 1) * hard * easy);
    }

    static double stabilityAfterFailure(double s, double d, double r) {
        double fresh = W[11] * Math.pow(d, -W[12]) * (Math.pow(s + 1, W[13]) - 1) * Math.exp((1 - r) * W[14]);
        return Math.min(fresh, s / Math.exp(W[17] * W[18]));
    }

    /** A second answer the same day: S·e^(w17·(G−3+w18))·S^(−w19), never shrinking for Hard and up. */
    static double stabilityShortTerm(double s, int rating) {
        double inc = Math.exp(W[17] * (rating - 3 + W[18])) * Math.pow(s, -W[19]);
        return s * (rating >= HARD ? Math.max(inc, 1) : inc);
    }

    /** The card after an answer rated 1..4 at {@code now}. */
    public static Card review(Card card, int rating, long now) {
        if (rating < AGAIN || rating > EASY) {
            throw new IllegalArgumentException("FSRS rating is 1..4, got " + rating);
        }
        double s;
        double d;
        if (card.reps() == 0) {
            s = initialStability(rating);
            d = initialDifficulty(rating);
        } else {
            double days = Math.max(0, (now - card.lastReview()) / (double) QuizConstants.MILLIS_PER_DAY);
            double r = retrievability(days, card.stability());
            if (days < 1) {
                s = stabilityShortTerm(card.stability(), rating);
            } else if (rating == AGAIN) {
                s = stabilityAfterFailure(card.stability(), card.difficulty(), r);
            } else {
                s = stabilityAfterSuccess(card.stability(), card.difficulty(), r, rating);
            }
            d = clampDifficulty(meanReversion(nextDifficulty(card.difficulty(), rating)));
        }
        s = Math.max(MIN_STABILITY, s);
        long due = rating == AGAIN ? now + QuizConstants.RELEARN_DELAY_MILLIS
                : now + Math.round(intervalDays(s) * QuizConstants.MILLIS_PER_DAY);
        return new Card(s, d, card.reps() + 1, now, due);
    }

    /** Whole days to the next review: at least 1, at most 100 years. */
    static double intervalDays(double stability) {
        return Math.min(MAX_INTERVAL_DAYS, Math.max(1, Math.round(interval(stability, DESIRED_RETENTION))));
    }

    private static double clampDifficulty(double d) {
        return Math.min(10, Math.max(1, d));
    }

    /**
     * An SM-2 card as an FSRS memory state, as Anki converts cards without review history: the
     * interval was planned for 90 % recall, so S = interval; the ease factor is how much one success
     * multiplied S, which fixes D in the success formula. The due date is kept.
     */
    public static Card fromSm2(Sm2.Card old) {
        if (old.repetitions() == 0 && old.intervalDays() == 0) {
            return old.dueAt() == 0 ? Card.fresh()
                    : new Card(initialStability(AGAIN), initialDifficulty(AGAIN), 1, old.dueAt(), old.dueAt());
        }
        double s = Math.max(MIN_STABILITY, old.intervalDays());
        double perUnitD = Math.exp(W[8]) * Math.pow(s, -W[9]) * (Math.exp((1 - DESIRED_RETENTION) * W[10]) - 1);
        double d = clampDifficulty(11 - (old.easiness() - 1) / perUnitD);
        long last = old.dueAt() - Math.round(old.intervalDays() * QuizConstants.MILLIS_PER_DAY);
        return new Card(s, d, Math.max(1, old.repetitions()), last, old.dueAt());
    }
}
