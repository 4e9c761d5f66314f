package org.crepituslab.quiz.bank;

import java.util.List;
import org.crepituslab.quiz.model.ClozeQuestion;
import org.crepituslab.quiz.model.OrderingQuestion;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.SimulationQuestion;
import org.crepituslab.quiz.model.SoundQuestion;

/** What GIFT and Moodle XML cannot carry, said the same way by both writers. */
final class ExportNotes {
    private ExportNotes() {
    }

    /** Why a question becomes a description in the target format. */
    static String why(Question q) {
        if (q instanceof SoundQuestion) {
            return "a sound question needs the app's sounds";
        }
        if (q instanceof SimulationQuestion) {
            return "a simulation task needs the app's screens";
        }
        if (q instanceof OrderingQuestion) {
            return "ordering questions have no form there";
        }
        if (q instanceof ClozeQuestion) {
            return "cloze questions have no form there";
        }
        return q.type().id() + " questions have no form there";
    }

    /** The description written instead: the prompt and a note saying where the real question lives. */
    static String asDescription(Question q) {
        String extra = q instanceof ClozeQuestion c ? "\n" + c.text() : "";
        return q.prompt() + extra + "\n(In Crepitus Lab this is " + kind(q) + "; it is shown here for reading only.)";
    }

    private static String kind(Question q) {
        if (q instanceof SoundQuestion) {
            return "a question about sounds";
        }
        if (q instanceof SimulationQuestion) {
            return "a task on one of the simulations";
        }
        if (q instanceof OrderingQuestion) {
            return "an ordering question";
        }
        return "a fill-in-the-gaps question";
    }

    /** The per-question fields neither format has. */
    static void common(Question q, List<String> skipped, String format) {
        if (q.info().difficulty() != 2 || q.info().source() != null || q.info().showMe() != null
                || q.info().image() != null) {
            skipped.add(q.id() + ": difficulty, source, image and show-me link have no GIFT form");
        }
    }
}
