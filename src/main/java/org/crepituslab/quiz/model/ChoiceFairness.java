package org.crepituslab.quiz.model;

import java.util.List;
import java.util.Set;

/**
 * How guessable a bank's choice questions are without knowing the subject: how often the right
 * answer is the longest choice, how often a right answer is stored first, and how many true/false
 * statements are true. Choice questions are single, multiple, sound and simulations with a
 * follow-up; a tie for the longest choice does not count as "the right answer is the longest".
 */
public record ChoiceFairness(int choiceQuestions, int longestIsRight, int keyFirst, int trueStatements,
                             int falseStatements) {

    public static ChoiceFairness of(Bank bank) {
        int n = 0;
        int longest = 0;
        int first = 0;
        int yes = 0;
        int no = 0;
        for (Question q : bank.questions()) {
            if (q instanceof TrueFalseQuestion tf) {
                if (tf.answer()) {
                    yes++;
                } else {
                    no++;
                }
                continue;
            }
            List<Choice> choices = q.pickableChoices();
            if (choices.isEmpty()) {
                continue;
            }
            Set<String> right = rightOf(q);
            n++;
            if (right.contains(choices.get(0).id())) {
                first++;
            }
            Choice longestChoice = strictlyLongest(choices);
            if (longestChoice != null && right.contains(longestChoice.id())) {
                longest++;
            }
        }
        return new ChoiceFairness(n, longest, first, yes, no);
    }

    /** Share of choice questions whose longest choice is a right one (0 when there are none). */
    public double longestCorrectShare() {
        return choiceQuestions == 0 ? 0 : (double) longestIsRight / choiceQuestions;
    }

    /** Share of choice questions whose first stored choice is a right one (0 when there are none). */
    public double keyFirstShare() {
        return choiceQuestions == 0 ? 0 : (double) keyFirst / choiceQuestions;
    }

    private static Set<String> rightOf(Question q) {
        if (q instanceof SingleChoiceQuestion s) {
            return Set.of(s.answer());
        }
        if (q instanceof MultipleChoiceQuestion m) {
            return m.answers();
        }
        if (q instanceof SoundQuestion s) {
            return Set.of(s.answer());
        }
        if (q instanceof SimulationQuestion s && s.followUpAnswer() != null) {
            return Set.of(s.followUpAnswer());
        }
        return Set.of();
    }

    /** The one choice with the longest text, or null when two or more share the greatest length. */
    private static Choice strictlyLongest(List<Choice> choices) {
        Choice best = null;
        boolean tie = false;
        for (Choice c : choices) {
            int len = c.text().strip().length();
            if (best == null || len > best.text().strip().length()) {
                best = c;
                tie = false;
            } else if (len == best.text().strip().length()) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
