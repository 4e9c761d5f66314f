package org.crepituslab.quiz.model;

import java.util.List;

/**
 * A question of a bank: immutable, one record per type. Scoring lives in {@link Scoring}, not here,
 * so a question is pure content.
 */
public sealed interface Question permits SingleChoiceQuestion, MultipleChoiceQuestion, TrueFalseQuestion,
        NumericQuestion, OrderingQuestion, MatchingQuestion, SoundQuestion, SimulationQuestion, ShortAnswerQuestion,
        ClozeQuestion, DescriptionQuestion, EssayQuestion {

    QuestionInfo info();

    QuestionType type();

    default String id() {
        return info().id();
    }

    default List<String> topics() {
        return info().topics();
    }

    default String prompt() {
        return info().prompt();
    }

    default String explanation() {
        return info().explanation();
    }

    /**
     * The choices a learner picks from, in stored order: the options of single, multiple and sound
     * questions and a simulation task's follow-up; empty for every other type (an ordering
     * question's items are arranged, not picked).
     */
    default List<Choice> pickableChoices() {
        return List.of();
    }
}
