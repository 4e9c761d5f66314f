package org.crepituslab.quiz.model;

/** A learner's history with one question: attempts, full-credit answers, the last score and its SM-2 card. */
public record QuestionStats(int attempts, int correct, double lastScore, long lastAnsweredAt, Sm2.Card card) {
    public static QuestionStats fresh() {
        return new QuestionStats(0, 0, 0, 0, Sm2.Card.fresh());
    }

    /** The stats after one more answer with this score at time {@code now} (epoch ms). */
    public QuestionStats after(double score, long now) {
        return new QuestionStats(attempts + 1, correct + (Scoring.isFullyCorrect(score) ? 1 : 0), score, now,
                Sm2.review(card, Sm2.quality(score), now));
    }

    /** Missed last time it was asked: what "review missed" asks again. */
    public boolean missedLastTime() {
        return attempts > 0 && !Scoring.isFullyCorrect(lastScore);
    }
}
