package org.crepituslab.quiz.model;

import java.util.ArrayList;
import java.util.List;

/** The feedback a bank gives for the very answer typed (short answer, cloze gaps), shown beside the explanation. */
public final class AnswerFeedback {
    private AnswerFeedback() {
    }

    /** The matching accepted answers' feedback, or "" when there is none. */
    public static String of(Question q, Response r) {
        List<String> out = new ArrayList<>();
        if (q instanceof ShortAnswerQuestion s && r instanceof Response.Text t) {
            add(out, TextMatch.best(s.answers(), t.value(), s.caseSensitive()));
        } else if (q instanceof ClozeQuestion c && r instanceof Response.Blanks b) {
            for (int i = 0; i < c.gaps().size() && i < b.values().size(); i++) {
                ClozeGap g = c.gaps().get(i);
                String v = b.values().get(i);
                add(out, g.typed() ? TextMatch.best(g.answers(), v, false)
                        : g.answers().stream().filter(a -> a.text().equals(v)).findFirst().orElse(null));
            }
        }
        return String.join("\n", out);
    }

    private static void add(List<String> out, AcceptedAnswer a) {
        if (a != null && !a.feedback().isBlank()) {
            out.add(a.feedback());
        }
    }
}
