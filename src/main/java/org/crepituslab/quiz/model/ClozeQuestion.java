package org.crepituslab.quiz.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with gaps: {@code text} marks gap n (1-based) as {@code {n}}; each gap is a drop-down or a
 * typed answer. The score is the mean of the gaps' scores.
 */
public record ClozeQuestion(QuestionInfo info, String text, List<ClozeGap> gaps) implements Question {
    private static final Pattern GAP = Pattern.compile("\\{(\\d+)}");

    public ClozeQuestion {
        gaps = List.copyOf(gaps);
    }

    @Override
    public QuestionType type() {
        return QuestionType.CLOZE;
    }

    /** The text around the gaps: one more piece than there are gap markers, in order. */
    public List<String> pieces() {
        List<String> out = new ArrayList<>();
        Matcher m = GAP.matcher(text);
        int at = 0;
        while (m.find()) {
            out.add(text.substring(at, m.start()));
            at = m.end();
        }
        out.add(text.substring(at));
        return out;
    }

    /** The gap numbers in the order the text uses them. */
    public List<Integer> gapOrder() {
        List<Integer> out = new ArrayList<>();
        Matcher m = GAP.matcher(text);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }
}
