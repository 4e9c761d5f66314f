package org.crepituslab.quiz.model;

import java.util.List;

/**
 * One checked answer: which question, its topics, the response and a readable form of it, the
 * score, when it was given (epoch ms) and how long it took (ms). {@code attempt} is 1 for the
 * first time a question is asked in a session, 2+ when practice brings it back.
 */
public record AnswerRecord(String questionId, List<String> topics, Response response, String answerText,
                           double score, long answeredAt, long millisTaken, int attempt) {
    public AnswerRecord {
        topics = List.copyOf(topics);
    }

    public boolean correct() {
        return Scoring.isFullyCorrect(score);
    }
}
