package org.crepituslab.classroom.model;

import java.util.List;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.SeededShuffle;

/** Turning bank questions into a class's questions. */
public final class ClassQuestions {
    private ClassQuestions() {
    }

    /** The questions of a pool a class can answer, in the pool's order. */
    public static List<Question> eligible(List<Question> pool) {
        return pool.stream().filter(ClassQuestion::eligible).toList();
    }

    /**
     * The first {@code count} questions of the bank a class can answer, in the seeded order the
     * quiz would use (bank order when the bank says not to shuffle).
     */
    public static List<Question> first(Bank bank, int count, long seed) {
        return first(bank, bank.questions(), count, seed);
    }

    /** Like {@link #first(Bank, int, long)}, from a pool (the topics a teacher chose). */
    public static List<Question> first(Bank bank, List<Question> pool, int count, long seed) {
        List<Question> eligible = eligible(pool);
        List<Question> ordered = bank.behaviour().shuffleQuestions() ? SeededShuffle.shuffle(eligible, seed) : eligible;
        return List.copyOf(ordered.subList(0, Math.min(count, ordered.size())));
    }

    public static List<ClassQuestion> of(Bank bank, List<Question> questions, long seed, QuestionWords words) {
        boolean shuffle = bank.behaviour().shuffleChoices();
        return questions.stream().map(q -> ClassQuestion.of(q, seed, shuffle, words)).toList();
    }
}
