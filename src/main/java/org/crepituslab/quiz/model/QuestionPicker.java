package org.crepituslab.quiz.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Chooses the questions of a new session from the bank, the setup and the learner's progress. */
public final class QuestionPicker {
    private QuestionPicker() {
    }

    /** May return fewer than {@code setup.count()} questions, or none (e.g. nothing missed to review). */
    public static List<Question> pick(Bank bank, QuizSetup setup, BankProgress progress, long now) {
        List<Question> pool = bank.questionsIn(setup.topics());
        List<Question> chosen = switch (setup.mode()) {
            case QUIZ -> bank.behaviour().shuffleQuestions() ? SeededShuffle.shuffle(pool, setup.seed()) : pool;
            case REVIEW_MISSED -> SeededShuffle.shuffle(
                    pool.stream().filter(q -> progress.stats(q.id()).missedLastTime()).toList(), setup.seed());
            case PRACTICE -> practiceOrder(pool, setup.seed(), progress, now);
        };
        return List.copyOf(chosen.subList(0, Math.min(setup.count(), chosen.size())));
    }

    /**
     * Spaced repetition: first the cards that are due (most overdue first), then questions never
     * seen (in seeded order), then the rest by how soon they fall due.
     */
    static List<Question> practiceOrder(List<Question> pool, long seed, BankProgress progress, long now) {
        Comparator<Question> byDue = Comparator.comparingLong(q -> progress.stats(q.id()).card().dueAt());
        List<Question> due = new ArrayList<>();
        List<Question> fresh = new ArrayList<>();
        List<Question> later = new ArrayList<>();
        for (Question q : SeededShuffle.shuffle(pool, seed)) {
            QuestionStats s = progress.stats(q.id());
            if (s.attempts() == 0) {
                fresh.add(q);
            } else if (s.card().isDue(now)) {
                due.add(q);
            } else {
                later.add(q);
            }
        }
        due.sort(byDue);
        later.sort(byDue);
        List<Question> out = new ArrayList<>(due);
        out.addAll(fresh);
        out.addAll(later);
        return out;
    }
}
