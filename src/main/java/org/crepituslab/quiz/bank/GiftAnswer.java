package org.crepituslab.quiz.bank;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crepituslab.quiz.model.AnswerText;

/** One answer of a GIFT answer block: its marker (= or ~), %weight%, text and #feedback (both still with GIFT escapes protected), and line. */
record GiftAnswer(char marker, Double weight, String text, String feedback, int line) {
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");

    double effectiveWeight() {
        return weight != null ? weight : marker == '=' ? 100 : 0;
    }

    /** The weight as the educator reads it: "50 %". */
    String weightText() {
        return AnswerText.number(effectiveWeight()) + " %";
    }

    /** One answer from the text after its marker. */
    static GiftAnswer parse(char marker, String body, int at) {
        String b = body.strip();
        Double weight = null;
        Matcher w = WEIGHT.matcher(b);
        if (w.find()) {
            weight = Double.parseDouble(w.group(1));
            b = b.substring(w.end());
        }
        int hash = b.indexOf('#');
        String text = hash < 0 ? b : b.substring(0, hash);
        String feedback = hash < 0 ? "" : b.substring(hash + 1);
        return new GiftAnswer(marker, weight, text, feedback, at);
    }
}
