package org.crepituslab.quiz.model;

/**
 * SM-2 spaced repetition (Wozniak 1990, the algorithm behind SuperMemo 2 and early Anki): each
 * question is a card with an easiness factor and an interval. Right answers push the next review
 * further away (1 day, 6 days, then interval × easiness); a miss resets the card and brings it back
 * after {@link QuizConstants#RELEARN_DELAY_MILLIS}. Pure: time comes in as epoch milliseconds.
 */
public final class Sm2 {
    private Sm2() {
    }

    /** A card's scheduling state; {@code dueAt} is epoch milliseconds. */
    public record Card(int repetitions, double intervalDays, double easiness, long dueAt) {
        public static Card fresh() {
            return new Card(0, 0, QuizConstants.SM2_INITIAL_EASINESS, 0);
        }

        public boolean isDue(long now) {
            return dueAt <= now;
        }
    }

    /**
     * SM-2's answer quality (0–5) from a score: fully right 5, at least half 3 (a pass), a little 2,
     * nothing 1. Grades below 3 count as a miss.
     */
    public static int quality(double score) {
        if (Scoring.isFullyCorrect(score)) {
            return 5;
        }
        if (score >= 0.5) {
            return 3;
        }
        return score > 0 ? 2 : 1;
    }

    public static Card review(Card card, int quality, long now) {
        if (quality < 0 || quality > 5) {
            throw new IllegalArgumentException("SM-2 quality is 0..5, got " + quality);
        }
        int q5 = 5 - quality;
        double easiness = Math.max(QuizConstants.SM2_MIN_EASINESS,
                card.easiness() + 0.1 - q5 * (0.08 + q5 * 0.02));
        if (quality < 3) {
            return new Card(0, 0, easiness, now + QuizConstants.RELEARN_DELAY_MILLIS);
        }
        double interval;
        if (card.repetitions() == 0) {
            interval = QuizConstants.SM2_FIRST_INTERVAL_DAYS;
        } else if (card.repetitions() == 1) {
            interval = QuizConstants.SM2_SECOND_INTERVAL_DAYS;
        } else {
            interval = Math.round(card.intervalDays() * card.easiness());
        }
        long due = now + Math.round(interval * QuizConstants.MILLIS_PER_DAY);
        return new Card(card.repetitions() + 1, interval, easiness, due);
    }
}
