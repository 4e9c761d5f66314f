package org.crepituslab.quiz.model;

/** A learner's history with one question: attempts, full-credit answers, the last score and its FSRS card. */
public record QuestionStats(int attempts, int correct, double lastScore, long lastAnsweredAt, Fsrs.Card card) {
    public static QuestionStats fresh() {
        return new QuestionStats(0, 0, 0, 0, Fsrs.Card.fresh());
    }

    /** The stats after one more answer with this score at time {@code now} (epoch ms). */
    public QuestionStats after(double score, long now) {
        return new QuestionStats(attempts + 1, correct + (Scoring.isFullyCorrect(score) ? 1 : 0), score, now,
                Fsrs.review(card, Fsrs.rating(score), now));
    }

    /** Missed last time it was asked: what "review missed" asks again. */
    public boolean missedLastTime() {
        return attempts > 0 && !Scoring.isFullyCorrect(lastScore);
    }
}
