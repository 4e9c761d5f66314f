package org.crepituslab.classroom.model;

import java.util.List;
import org.crepituslab.quiz.model.Response;

/**
 * Everything needed to carry a session on after the teacher's app restarts: the code, the
 * question ids in order, where the session was, every student with their token and every answer.
 */
public record SavedSession(String code, List<String> questionIds, int index, SessionState state, long openedAtMillis,
                           List<Student> students, List<SavedAnswer> answers) {
    public SavedSession {
        questionIds = List.copyOf(questionIds);
        students = List.copyOf(students);
        answers = List.copyOf(answers);
    }

    /** One answer: question id, student token, the response and when it arrived. */
    public record SavedAnswer(String questionId, String token, Response response, long atMillis) {
    }
}
