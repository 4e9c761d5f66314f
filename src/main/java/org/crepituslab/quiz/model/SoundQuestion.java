package org.crepituslab.quiz.model;

import java.util.List;

/** Identify the sound: the app plays (and captions) a synthesised sound; one choice is right. */
public record SoundQuestion(QuestionInfo info, String sound, List<Choice> choices, String answer)
        implements Question {
    public SoundQuestion {
        choices = List.copyOf(choices);
    }

    @Override
    public QuestionType type() {
        return QuestionType.SOUND;
    }

    @Override
    public List<Choice> pickableChoices() {
        return choices();
    }
}
