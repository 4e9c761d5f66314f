package org.crepituslab.quiz.model;

import java.util.List;
import java.util.Set;

/** Pick every right choice; partial credit for some. */
public record MultipleChoiceQuestion(QuestionInfo info, List<Choice> choices, Set<String> answers)
        implements Question {
    public MultipleChoiceQuestion {
        choices = List.copyOf(choices);
        answers = Set.copyOf(answers);
    }

    @Override
    public QuestionType type() {
        return QuestionType.MULTIPLE;
    }
}
