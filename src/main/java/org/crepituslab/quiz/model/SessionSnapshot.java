package org.crepituslab.quiz.model;

import java.util.List;
import java.util.Map;

/**
 * Everything needed to resume a quiz after quitting: the setup, the planned question ids, the
 * ids still to ask (the first is the current question), the answers so far and how often practice
 * has brought each question back.
 */
public record SessionSnapshot(String bankId, QuizSetup setup, List<String> planned, List<String> queue,
                              List<AnswerRecord> answers, Map<String, Integer> repeats) {
    public SessionSnapshot {
        planned = List.copyOf(planned);
        queue = List.copyOf(queue);
        answers = List.copyOf(answers);
        repeats = Map.copyOf(repeats);
    }
}
