package org.crepituslab.quiz.model;

import java.util.HashMap;
import java.util.Map;

/** A learner's progress on one bank: stats per question id and the unfinished quiz, if any (else null). */
public record BankProgress(Map<String, QuestionStats> questions, SessionSnapshot unfinished) {
    public static final BankProgress EMPTY = new BankProgress(Map.of(), null);

    public BankProgress {
        questions = Map.copyOf(questions);
    }

    public QuestionStats stats(String questionId) {
        return questions.getOrDefault(questionId, QuestionStats.fresh());
    }

    public BankProgress withAnswer(AnswerRecord a) {
        Map<String, QuestionStats> copy = new HashMap<>(questions);
        copy.put(a.questionId(), stats(a.questionId()).after(a.score(), a.answeredAt()));
        return new BankProgress(copy, unfinished);
    }

    public BankProgress withUnfinished(SessionSnapshot snapshot) {
        return new BankProgress(questions, snapshot);
    }
}
