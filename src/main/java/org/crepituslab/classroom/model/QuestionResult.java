package org.crepituslab.classroom.model;

import java.util.List;

/** Results of one asked question: the histogram bars and every student's answer. */
public record QuestionResult(int number, ClassQuestion question, List<Tally> tallies, List<StudentResult> answers) {
    public QuestionResult {
        tallies = List.copyOf(tallies);
        answers = List.copyOf(answers);
    }
}
