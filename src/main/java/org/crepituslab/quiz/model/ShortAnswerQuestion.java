package org.crepituslab.quiz.model;

import java.util.List;

/** A typed word or phrase, compared with each accepted answer (best share wins; case ignored unless asked). */
public record ShortAnswerQuestion(QuestionInfo info, List<AcceptedAnswer> answers, boolean caseSensitive)
        implements Question {
    public ShortAnswerQuestion {
        answers = List.copyOf(answers);
    }

    @Override
    public QuestionType type() {
        return QuestionType.SHORTANSWER;
    }
}
